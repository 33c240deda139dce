package nl.werkbrug.platform.internal;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit entry of a business event. Published in a writable transaction (the common case), the entry is
 * written in that transaction, just before its commit in one batch with its other entries
 * ({@link AuditLog#entryAtCommit}): it commits atomically with the work it records and rolls back with it, so an entry
 * never claims what rolled back and no committed work lacks its entry (BIO 12.4), with no event publication row and
 * no transaction of its own; an entry that cannot be written fails the work's commit. Published outside one (or in a
 * read-only one), the entry is written after the commit in its own transaction, and one that could not be written
 * stays an incomplete event publication that is resubmitted. {@link #inTransaction} decides which, when the event is
 * published (the listeners' conditions).
 */
@Component("auditTrailListener")
class AuditTrailListener {

    private static final String HERE = "@auditTrailListener.inTransaction()";
    private static final String ELSEWHERE = "!@auditTrailListener.inTransaction()";

    private final AuditLog audit;

    AuditTrailListener(AuditLog audit) {
        this.audit = audit;
    }

    /** Whether a writable transaction is active to write the entry in. Public for the listeners' conditions (SpEL). */
    public boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    @EventListener(condition = HERE)
    void within(AuditedEvent event) {
        audit.entryAtCommit(AuditAction.valueOf(event.auditAction()), event.auditTenant(), event.actor(),
                event.auditSubject(), event.auditDetail());
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(AuditedEvent event) {
        write(event);
    }

    private void write(AuditedEvent event) {
        audit.entry(AuditAction.valueOf(event.auditAction()), event.auditTenant(), event.actor(), event.auditSubject(),
                event.auditDetail());
    }
}
