package nl.werkbrug.shell.ui;

import com.vaadin.flow.router.Location;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.LoggedPaths;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * Audits refused page visits. A refused page of a municipality is recorded for that municipality, so its tenant
 * admin sees who tried to open its data.
 */
@Component
class AccessDeniedAudit {

    private final AuditLog audit;
    private final TenantDirectory directory;

    AccessDeniedAudit(AuditLog audit, TenantDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    void record(Location location, String reason) {
        var segments = location.getSegments();
        String tenant = segments.size() > 1 && segments.getFirst().equals("gemeente")
                && directory.find(segments.get(1)).isPresent() ? segments.get(1) : null;
        audit.record(AuditAction.ACCESS_DENIED, tenant, LoggedPaths.mask("/" + location.getPath()), reason);
    }
}
