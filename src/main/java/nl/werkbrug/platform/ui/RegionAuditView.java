package nl.werkbrug.platform.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.AuditLog;

/** A coordinator reads the region-level audit trail (logins, logouts), never a municipality's entries. */
@Route("regio/:region/audit")
@RolesAllowed("COORDINATOR")
class RegionAuditView extends AuditPage {

    RegionAuditView(AuditLog audit) {
        super("audit.region.intro", audit::regionEntries);
    }
}
