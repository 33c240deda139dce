package nl.werkbrug.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NoDemoAccountsInProductionTests {

    @Autowired
    LocalAccounts accounts;

    @Test
    void production_refuses_to_start_while_demo_accounts_keep_the_demo_password() {
        assertThatThrownBy(() -> new NoDemoAccountsInProduction(accounts).afterPropertiesSet())
                .hasMessageContaining("demo password");
    }
}
