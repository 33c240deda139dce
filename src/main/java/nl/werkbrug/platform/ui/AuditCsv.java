package nl.werkbrug.platform.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.shared.Csv;

/**
 * The audit entries on screen as CSV ({@link Csv}: semicolons, a BOM). Audit entries hold text anonymous visitors
 * typed (the user name of a failed login), which {@link Csv} defuses where a spreadsheet would read it as a formula.
 */
final class AuditCsv {

    private AuditCsv() {
    }

    static byte[] write(List<AuditEntry> entries, List<String> columns, Function<AuditAction, String> actionLabel) {
        return Csv.write(columns, entries.stream().map(entry -> Arrays.asList(entry.occurredAt(), entry.tenantId(),
                entry.actor(), actionLabel.apply(entry.action()), entry.subject(), entry.detail(),
                entry.remoteAddress())).toList());
    }
}
