package nl.werkbrug.platform;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters for listing audit entries; {@code null} means "any". Dates are inclusive, in Dutch local time. */
public record AuditQuery(@Nullable AuditAction action, @Nullable String actor, @Nullable LocalDate from,
                         @Nullable LocalDate to, int limit) {

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, limit);
    }
}
