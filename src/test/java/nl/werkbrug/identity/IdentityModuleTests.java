package nl.werkbrug.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.werkbrug.support.ModuleTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The identity module with only the modules it uses (tenancy, platform, shared): it starts on its own and keeps
 * a municipality's members to that municipality.
 */
@ModuleTest
class IdentityModuleTests {

    @Autowired
    LocalAccounts accounts;

    @Test
    void a_provisioned_account_is_a_member_of_its_own_municipality_only() {
        NewLocalUser user = new NewLocalUser("module.beheer.borne", "een lang wachtwoord", "Bram Beheer", null,
                Map.of("borne", Set.of(TenantRole.TENANT_ADMIN)), Map.of(), null);
        AtomicBoolean created = new AtomicBoolean();
        AtomicBoolean again = new AtomicBoolean(true);
        SystemTask.run(() -> created.set(accounts.ensureUser(user)));
        SystemTask.run(() -> again.set(accounts.ensureUser(user)));

        List<Member> borne = TestUsers.as(TestUsers.withTenantRole("module.beheer.borne", "borne",
                TenantRole.TENANT_ADMIN), "borne", accounts::membersOfActiveTenant);
        List<Member> enschede = TestUsers.as(TestUsers.withTenantRole("module.beheer.enschede", "enschede",
                TenantRole.TENANT_ADMIN), "enschede", accounts::membersOfActiveTenant);

        assertThat(created).isTrue();
        assertThat(again).as("a second provisioning of the same user name").isFalse();
        assertThat(borne).containsExactly(new Member("module.beheer.borne", "Bram Beheer", Set.of(TenantRole.TENANT_ADMIN)));
        assertThat(enschede).extracting(Member::username).doesNotContain("module.beheer.borne");
    }
}
