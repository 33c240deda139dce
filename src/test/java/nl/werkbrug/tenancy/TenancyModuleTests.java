package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenancy module with only the modules it uses, plus platform for the embedded database: it reads the region's municipalities from {@code tenants/} and
 * hands the active municipality to PostgreSQL in every transaction.
 */
@ModuleTest(extraIncludes = "platform")
class TenancyModuleTests {

    @Autowired
    TenantDirectory directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_directory_holds_twente_and_its_fourteen_municipalities() {
        assertThat(directory.region().id()).isEqualTo("twente");
        assertThat(directory.tenants()).extracting(Tenant::id)
                .containsExactlyInAnyOrder("almelo", "borne", "dinkelland", "enschede", "haaksbergen", "hellendoorn",
                        "hengelo", "hof-van-twente", "losser", "oldenzaal", "rijssen-holten", "tubbergen", "twenterand",
                        "wierden");
        assertThat(directory.require("hengelo").cbsCode()).isEqualTo("GM0164");
    }

    @Test
    void a_transaction_run_for_a_municipality_tells_postgresql_which_one() {
        String tenant = TenantContext.callAs("borne", () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.sql("select current_setting('app.tenant_id')").query(String.class).single()));
        String region = TenantContext.callAs("borne", () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.sql("select current_setting('app.region_id')").query(String.class).single()));

        assertThat(tenant).isEqualTo("borne");
        assertThat(region).isEqualTo("twente");
    }
}
