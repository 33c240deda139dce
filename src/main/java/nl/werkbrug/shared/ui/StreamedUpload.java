package nl.werkbrug.shared.ui;

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

/**
 * Receives uploaded files as a stream with the limits on the server (issue 13, finding 3): a file whose declared size
 * is above the limit is refused before a byte is read; otherwise at most one byte more than the limit is read, and a
 * file that has it is refused without reading the rest; a file beyond the room left is refused unread. Only a file
 * within every limit, and that the module's own check accepts, reaches the receiver. The whole request is capped
 * too, so that a huge body is cut off by Vaadin before it reaches this code. Receiver and refusal run in the UI's
 * lock, the refusal with a translation key for the field's message. Each module states its {@link Limits}.
 */
public class StreamedUpload implements UploadHandler {

    /** Multipart overhead allowed on top of one file of the maximum size. */
    public static final long REQUEST_OVERHEAD = 64 * 1024;

    /** A file that passed every limit. */
    public interface Receiver {
        void received(String fileName, byte[] content);
    }

    /** The module's check of the bytes read (type by content, emptiness): a translation key, or empty when fine. */
    public interface Check {
        Optional<String> problem(long size, byte[] content);
    }

    /**
     * What a module accepts, and the translation keys of the field.
     *
     * @param maxBytes   the largest file
     * @param maxFiles   how many files the field takes at most (the browser's limit; the room is the server's)
     * @param types      the browser's accepted types (MIME types and extensions), a hint only: {@code check} decides
     * @param keyPrefix  prefix of the field's texts: {@code .add}, {@code .drop}, {@code .too-large},
     *                   {@code .wrong-type}, {@code .too-many}
     */
    public record Limits(int maxBytes, int maxFiles, java.util.List<String> types, String keyPrefix, Check check) {

        public Limits {
            types = java.util.List.copyOf(types);
        }

        String key(String suffix) {
            return keyPrefix + "." + suffix;
        }
    }

    private final Limits limits;
    private final IntSupplier room;
    private final Receiver receiver;
    private final Consumer<String> refused;

    public StreamedUpload(Limits limits, IntSupplier room, Receiver receiver, Consumer<String> refused) {
        this.limits = limits;
        this.room = room;
        this.receiver = receiver;
        this.refused = refused;
    }

    /** An upload field with this handler, labelled in the user's language; the browser's limits mirror the server's. */
    public Upload field(UI ui, String id) {
        Upload upload = new Upload(this);
        upload.setId(id);
        upload.setMaxFileSize(limits.maxBytes());
        upload.setMaxFiles(limits.maxFiles());
        upload.setAcceptedFileTypes(limits.types().toArray(String[]::new));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation(limits.key("add")))
                .setMany(ui.getTranslation(limits.key("add"))));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation(limits.key("drop")))
                .setMany(ui.getTranslation(limits.key("drop"))));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation(limits.key("too-large")))
                .setIncorrectFileType(ui.getTranslation(limits.key("wrong-type")))
                .setTooManyFiles(ui.getTranslation(limits.key("too-many"))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> refused.accept(
                rejected.getErrorMessage() != null && rejected.getErrorMessage().contains("10")
                        ? limits.key("too-large") : limits.key("wrong-type")));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Optional<String> problem;
        byte[] content = new byte[0];
        if (room.getAsInt() <= 0) {
            problem = Optional.of(limits.key("too-many"));
        } else if (event.getFileSize() > limits.maxBytes()) {
            problem = Optional.of(limits.key("too-large"));
        } else {
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(limits.maxBytes() + 1);
            }
            problem = content.length > limits.maxBytes() ? Optional.of(limits.key("too-large"))
                    : limits.check().problem(content.length, content);
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
                refused.accept(limits.key("too-many"));
            } else {
                receiver.received(fileName, received);
            }
        });
    }

    @Override
    public long getRequestSizeMax() {
        return limits.maxBytes() + REQUEST_OVERHEAD;
    }
}
