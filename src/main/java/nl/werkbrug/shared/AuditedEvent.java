package nl.werkbrug.shared;

import org.jspecify.annotations.Nullable;

/**
 * An application event the audit trail records once the work it describes has committed. Carries ids and codes,
 * never personal data.
 */
public interface AuditedEvent {

    /** The municipality the entry belongs to, or null for a region-level entry. */
    @Nullable String auditTenant();

    /** The user name of who did it, or {@code system}. */
    String actor();

    /** The name of the audit action, one of the audit trail's actions. */
    String auditAction();

    /** What it is about, e.g. {@code subsidieaanvraag 12}. */
    String auditSubject();

    /** A short technical description without personal data. */
    String auditDetail();
}
