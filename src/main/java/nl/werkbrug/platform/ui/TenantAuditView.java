package nl.werkbrug.platform.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.AuditLog;

/** A tenant admin reads the audit trail of the active municipality. */
@Route("gemeente/:tenant/audit")
@RolesAllowed("TENANT_ADMIN")
class TenantAuditView extends AuditPage {

    TenantAuditView(AuditLog audit) {
        super("audit.tenant.intro", audit::tenantEntries);
    }
}
