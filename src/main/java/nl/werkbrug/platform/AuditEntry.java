package nl.werkbrug.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audit entry: who did what, when, for which municipality (none for region-level events) and from where.
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable String tenantId, String actor, AuditAction action,
                         String subject, String detail, @Nullable String remoteAddress) {
}
