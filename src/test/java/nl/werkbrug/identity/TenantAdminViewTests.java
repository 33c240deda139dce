package nl.werkbrug.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The tenant admin's page shows the municipality's settings and only its own members. */
class TenantAdminViewTests extends BrowserlessViewTest {

    @Test
    void the_tenant_admin_sees_hengelos_settings_and_only_hengelos_members() {
        login(TestUsers.withTenantRole("beheer.hengelo", "hengelo", TenantRole.TENANT_ADMIN));

        navigate("gemeente/hengelo/beheer", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Beheer Hengelo");
        assertThat(((Main) getCurrentView()).getElement().getTextRecursively()).contains("GM0164");
        @SuppressWarnings("unchecked")
        Grid<Member> members = $(Grid.class).id("members");
        assertThat(members.getGenericDataView().getItems().map(Member::displayName))
                .contains("Henk Bosch", "Fatma Yilmaz")
                .doesNotContain("Eva Jansen");
    }
}
