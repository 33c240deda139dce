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
import org.jspecify.annotations.Nullable;

/**
 * The audit entries on screen as CSV (semicolon-separated, as Dutch spreadsheet programs expect), with a BOM. Audit
 * entries hold text anonymous visitors typed (the user name of a failed login), so a cell that a spreadsheet would
 * read as a formula is defused with a leading apostrophe (OWASP "CSV injection").
 */
final class AuditCsv {

    private AuditCsv() {
    }

    static byte[] write(List<AuditEntry> entries, List<String> columns, Function<AuditAction, String> actionLabel) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                .setHeader(columns.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (AuditEntry entry : entries) {
                csv.printRecord(entry.occurredAt(), entry.tenantId(), cell(entry.actor()), actionLabel.apply(entry.action()),
                        cell(entry.subject()), cell(entry.detail()), entry.remoteAddress());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** Text that starts like a formula (=, +, -, @, tab or carriage return) gets a leading apostrophe. */
    static @Nullable String cell(@Nullable String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
