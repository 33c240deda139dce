package nl.werkbrug.subsidies.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.werkbrug.subsidies.UploadRules;

/**
 * Receives a request's documents as a stream with the limits on the server (issue 13, finding 3): a file whose
 * declared size is above {@link UploadRules#MAX_BYTES} is refused before a byte is read; otherwise at most one byte
 * more than the limit is read, and a file that has it is refused without reading the rest; a file beyond the room
 * left ({@link UploadRules#MAX_FILES} per request) is refused unread. Only a file within every limit reaches the
 * receiver. The whole request is capped too, so that a huge body is cut off by Vaadin before it reaches this code.
 * Receiver and refusal run in the UI's lock, the refusal with a translation key for the field's message.
 */
final class DocumentUploadHandler implements UploadHandler {

    /** Multipart overhead allowed on top of one file of the maximum size. */
    static final long REQUEST_OVERHEAD = 64 * 1024;

    interface Receiver {
        void received(String fileName, byte[] content);
    }

    private final IntSupplier room;
    private final Receiver receiver;
    private final Consumer<String> refused;

    DocumentUploadHandler(IntSupplier room, Receiver receiver, Consumer<String> refused) {
        this.room = room;
        this.receiver = receiver;
        this.refused = refused;
    }

    /** A Dutch-labelled upload field for documents with this handler; the browser's limits mirror the server's. */
    static Upload field(UI ui, DocumentUploadHandler handler) {
        Upload upload = new Upload(handler);
        upload.setId("upload");
        upload.setMaxFileSize(UploadRules.MAX_BYTES);
        upload.setMaxFiles(UploadRules.MAX_FILES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("subsidy.upload.add"))
                .setMany(ui.getTranslation("subsidy.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("subsidy.upload.drop"))
                .setMany(ui.getTranslation("subsidy.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation("subsidy.upload.too-large"))
                .setIncorrectFileType(ui.getTranslation("subsidy.upload.wrong-type"))
                .setTooManyFiles(ui.getTranslation("subsidy.upload.too-many")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> handler.refused.accept(
                rejected.getErrorMessage() != null && rejected.getErrorMessage().contains("10")
                        ? "subsidy.upload.too-large" : "subsidy.upload.wrong-type"));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Optional<String> problem;
        byte[] content = new byte[0];
        if (room.getAsInt() <= 0) {
            problem = Optional.of("subsidy.upload.too-many");
        } else if (event.getFileSize() > UploadRules.MAX_BYTES) {
            problem = Optional.of("subsidy.upload.too-large");
        } else {
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(UploadRules.MAX_BYTES + 1);
            }
            problem = UploadRules.problem(content.length, content);
        }
        if (problem.isPresent()) {
            event.reject(ui.getTranslation(problem.get()));
            String key = problem.get();
            ui.access(() -> refused.accept(key));
            return;
        }
        String fileName = event.getFileName();
        byte[] received = content;
        ui.access(() -> {
            if (room.getAsInt() <= 0) { // another file of the same batch took the last place meanwhile
                refused.accept("subsidy.upload.too-many");
            } else {
                receiver.received(fileName, received);
            }
        });
    }

    @Override
    public long getRequestSizeMax() {
        return UploadRules.MAX_BYTES + REQUEST_OVERHEAD;
    }
}
