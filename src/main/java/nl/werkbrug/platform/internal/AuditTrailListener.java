package nl.werkbrug.platform.internal;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.shared.AuditedEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of a business event once the work it describes has committed, in its own transaction.
 * An entry therefore never claims what rolled back, and an entry that could not be written stays an incomplete
 * event publication that is resubmitted.
 */
@Component
class AuditTrailListener {

    private final AuditLog audit;

    AuditTrailListener(AuditLog audit) {
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(AuditedEvent event) {
        audit.entry(AuditAction.valueOf(event.auditAction()), event.auditTenant(), event.actor(), event.auditSubject(),
                event.auditDetail());
    }
}
