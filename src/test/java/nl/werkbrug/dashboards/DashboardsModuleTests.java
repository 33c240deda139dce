package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.ModuleTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards module with only the modules it uses: the region overview is the coordinator's alone. Its security
 * expressions name identity's {@code tenantAccess} bean, a dependency Spring Modulith cannot see in the byte code,
 * so identity is included by hand, and platform for the embedded database.
 */
@ModuleTest(extraIncludes = {"identity", "platform"})
class DashboardsModuleTests {

    @Autowired
    RegionOverview overview;

    @Test
    void the_coordinator_sees_the_fourteen_municipalities_of_twente_and_a_tenant_admin_does_not() {
        assertThat(TestUsers.as(TestUsers.coordinator("coordinator.twente"), overview::municipalities))
                .extracting(Tenant::id)
                .containsExactlyInAnyOrder("almelo", "borne", "dinkelland", "enschede", "haaksbergen", "hellendoorn",
                        "hengelo", "hof-van-twente", "losser", "oldenzaal", "rijssen-holten", "tubbergen", "twenterand",
                        "wierden");

        assertThatThrownBy(() -> TestUsers.as(TestUsers.withTenantRole("beheer.hengelo", "hengelo",
                TenantRole.TENANT_ADMIN), overview::municipalities))
                .isInstanceOf(AccessDeniedException.class);
    }
}
