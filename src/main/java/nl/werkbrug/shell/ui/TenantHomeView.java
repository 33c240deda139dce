package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * Home of a municipality: consultants go on to their caseload, tenant admins to the administration; others see
 * which organisation carries out the Participatiewet for this municipality.
 */
@Route("gemeente/:tenant")
@PermitAll
class TenantHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TenantDirectory directory;
    private String title = "";

    TenantHomeView(CurrentUser currentUser, TenantDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tenantId = ActiveTenant.of(UI.getCurrent()).orElseThrow();
        PortalUser user = currentUser.require();
        if (user.hasRole(tenantId, TenantRole.CONSULTANT)) {
            event.forwardTo("gemeente/" + tenantId + "/werkvoorraad");
            return;
        }
        if (user.hasRole(tenantId, TenantRole.TENANT_ADMIN)) {
            event.forwardTo("gemeente/" + tenantId + "/beheer");
            return;
        }
        Tenant tenant = directory.require(tenantId);
        title = tenant.name();
        removeAll();
        add(new H1(tenant.name()),
                new Paragraph(getTranslation("tenant.home.executing", tenant.executingOrganisation())),
                new Paragraph(getTranslation("tenant.home.cbs", tenant.cbsCode())));
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
