package nl.werkbrug.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.AuditLog;

/** A tenant admin reads the audit trail of the active municipality. */
@Route("gemeente/:tenant/audit")
@RolesAllowed("TENANT_ADMIN")
class TenantAuditView extends Main implements HasDynamicTitle {

    TenantAuditView(AuditLog audit) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.tenant.intro")),
                new AuditPanel(audit::tenantEntries, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " - " + getTranslation("app.name");
    }
}
