package nl.werkbrug.subsidies.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.werkbrug.subsidies.UploadRules;

/**
 * The documents of a request. Files are checked by {@link UploadRules} when they arrive and kept here until the
 * request is saved; a refused file is explained in Dutch.
 */
final class UploadSection extends Composite<Div> {

    /** A file that arrived and waits for the request to be saved. */
    record Pending(String name, byte[] content) {
    }

    private final Upload upload = new Upload();
    private final Span error = new Span();
    private final UnorderedList uploaded = new UnorderedList();
    private final List<Pending> pending = new ArrayList<>();

    UploadSection() {
        upload.setId("upload");
        upload.setMaxFileSize(UploadRules.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFiles(5);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("subsidy.upload.add")).setMany(getTranslation("subsidy.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("subsidy.upload.drop")).setMany(getTranslation("subsidy.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("subsidy.upload.too-large"))
                .setIncorrectFileType(getTranslation("subsidy.upload.wrong-type"))
                .setTooManyFiles(getTranslation("subsidy.upload.too-many")));
        upload.setI18n(i18n);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            Optional<String> problem = UploadRules.problem(metadata.contentLength(), content);
            if (problem.isPresent()) {
                showError(problem.get());
            } else {
                pending.add(new Pending(metadata.fileName(), content));
                error.setText("");
                uploaded.add(new ListItem(getTranslation("subsidy.upload.pending", metadata.fileName())));
            }
        }));
        upload.addFileRejectedListener(rejected -> showError(
                rejected.getErrorMessage() != null && rejected.getErrorMessage().contains("10")
                        ? "subsidy.upload.too-large" : "subsidy.upload.wrong-type"));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        error.setId("upload-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        uploaded.setId("uploaded-files");
        getContent().add(new H2(getTranslation("subsidy.form.documents")), new Paragraph(getTranslation("subsidy.upload.help")),
                upload, error, uploaded);
    }

    void showError(String key) {
        error.setText(getTranslation(key));
    }

    void clearError() {
        error.setText("");
    }

    /** A document already attached to the request. */
    void showAttached(String fileName) {
        uploaded.add(new ListItem(fileName));
    }

    /** The files that wait to be attached. */
    List<Pending> pending() {
        return List.copyOf(pending);
    }

    void attached(Pending document) {
        pending.remove(document);
    }
}
