package nl.werkbrug.platform.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.AuditLog;

/** A coordinator reads the region-level audit trail (logins, logouts), never a municipality's entries. */
@Route("regio/:region/audit")
@RolesAllowed("COORDINATOR")
class RegionAuditView extends Main implements HasDynamicTitle {

    RegionAuditView(AuditLog audit) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.region.intro")),
                new AuditPanel(audit::regionEntries, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " - " + getTranslation("app.name");
    }
}
