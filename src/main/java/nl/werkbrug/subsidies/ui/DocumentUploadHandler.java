package nl.werkbrug.subsidies.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import nl.werkbrug.shared.ui.StreamedUpload;
import nl.werkbrug.subsidies.UploadRules;

/**
 * Receives a request's documents through the shared {@link StreamedUpload} (byte and count limits on the server,
 * issue 13, finding 3) with the request's rules: at most {@link UploadRules#MAX_BYTES} per file and
 * {@link UploadRules#MAX_FILES} per request, PDF, JPG or PNG by content ({@link UploadRules#problem}).
 */
final class DocumentUploadHandler extends StreamedUpload {

    static final StreamedUpload.Limits LIMITS = new StreamedUpload.Limits(UploadRules.MAX_BYTES, UploadRules.MAX_FILES,
            List.of("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"), "subsidy.upload",
            UploadRules::problem);

    DocumentUploadHandler(IntSupplier room, Receiver receiver, Consumer<String> refused) {
        super(LIMITS, room, receiver, refused);
    }

    /** A Dutch-labelled upload field for documents with this handler. */
    static Upload field(UI ui, DocumentUploadHandler handler) {
        return handler.field(ui, "upload");
    }
}
