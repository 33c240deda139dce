package nl.werkbrug.sroi.ui;

import java.util.List;

import nl.werkbrug.shared.ui.StreamedUpload;
import nl.werkbrug.sroi.SroiInvoices;

/** The limits of a purchase's invoice upload: one PDF of at most 10 MB, the type by content ({@link SroiInvoices}). */
final class InvoiceLimits {

    static final StreamedUpload.Limits LIMITS = new StreamedUpload.Limits(SroiInvoices.MAX_BYTES,
            SroiInvoices.MAX_FILES, List.of("application/pdf", ".pdf"), "sroi.upload", SroiInvoices::problem);

    private InvoiceLimits() {
    }
}
