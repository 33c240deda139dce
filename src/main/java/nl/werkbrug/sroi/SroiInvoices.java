package nl.werkbrug.sroi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which invoice a social-purchasing realisation may carry: one PDF (recognised by its content, never by the name or
 * the browser's claim) of at most {@value #MAX_BYTES} bytes. The upload enforces the same limits while streaming.
 */
public final class SroiInvoices {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** One invoice per realisation. */
    public static final int MAX_FILES = 1;
    public static final String PDF = "application/pdf";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private SroiInvoices() {
    }

    /** The translation key of what is wrong with an invoice, if anything (none uploaded is wrong too). */
    public static Optional<String> problem(SroiPlans.@Nullable Invoice invoice) {
        return invoice == null ? Optional.of("sroi.error.invoice-required")
                : problem(invoice.content().length, invoice.content());
    }

    /** The translation key of what is wrong with uploaded bytes (their declared size and what was read). */
    public static Optional<String> problem(long size, byte[] content) {
        if (size > MAX_BYTES || content.length > MAX_BYTES) {
            return Optional.of("sroi.upload.too-large");
        }
        if (content.length == 0) {
            return Optional.of("sroi.upload.empty");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of("sroi.upload.wrong-type");
        }
        return Optional.empty();
    }
}
