package nl.werkbrug.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A table as CSV for a spreadsheet program: semicolon-separated, as Dutch spreadsheet programs expect, UTF-8 with a
 * BOM. Every text cell that a spreadsheet would read as a formula is defused with a leading apostrophe (OWASP "CSV
 * injection"), since exports hold text that people typed.
 */
public final class Csv {

    private Csv() {
    }

    /** The header and the rows as CSV bytes; cells are written with {@code toString()}, none as empty. */
    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                .setHeader(header.stream().map(Csv::cell).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(value -> value instanceof CharSequence text ? cell(text.toString()) : value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** Text that starts like a formula (=, +, -, @, tab or carriage return) gets a leading apostrophe. */
    public static @Nullable String cell(@Nullable String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
