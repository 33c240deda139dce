package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The views' {@code @RolesAllowed} are checked by the access control that asks the request for the roles without
 * Vaadin's lookup on every navigation (issue 13, load test), configured as Vaadin's own would be.
 */
class RequestRolesAccessControlTests extends BrowserlessViewTest {

    @Autowired
    NavigationAccessControl accessControl;

    @Test
    void the_portal_checks_navigation_with_the_request_roles_access_control_and_it_is_on() {
        assertThat(accessControl).isInstanceOf(RequestRolesAccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void a_consultant_is_refused_the_page_for_tenant_admins() {
        login(TestUsers.consultant("consulent.hengelo", "hengelo"));

        navigate("gemeente/hengelo/beheer", Component.class);

        assertThat($(H1.class).single().getText()).isIn("Pagina niet gevonden", "Geen toegang");
    }

    @Test
    void a_tenant_admin_gets_the_page_for_tenant_admins() {
        login(TestUsers.withTenantRole("beheer.hengelo", "hengelo", TenantRole.TENANT_ADMIN));

        navigate("gemeente/hengelo/beheer", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Beheer Hengelo");
    }
}
