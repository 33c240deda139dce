package nl.werkbrug.platform.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit entries on screen as CSV (semicolon-separated, as Dutch spreadsheet programs expect), with a BOM. */
final class AuditCsv {

    private AuditCsv() {
    }

    static byte[] write(List<AuditEntry> entries, List<String> columns, Function<AuditAction, String> actionLabel) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                .setHeader(columns.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (AuditEntry entry : entries) {
                csv.printRecord(entry.occurredAt(), entry.tenantId(), entry.actor(), actionLabel.apply(entry.action()),
                        entry.subject(), entry.detail(), entry.remoteAddress());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
