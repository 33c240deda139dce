package nl.werkbrug.subsidies.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.subsidies.UploadRules;

/**
 * The documents of a request. Files are streamed through {@link DocumentUploadHandler} (byte and count limits on the
 * server), checked by {@link UploadRules} and kept here until the request is saved, never more than the request
 * can still take; a refused file is explained in Dutch.
 */
final class UploadSection extends Composite<Div> {

    /** A file that arrived and waits for the request to be saved. */
    record Pending(String name, byte[] content) {
    }

    private final Span error = new Span();
    private final UnorderedList uploaded = new UnorderedList();
    /** Bounded: at most {@link UploadRules#MAX_FILES} less the documents already attached (issue 13, finding 3). */
    private final List<Pending> pending = new CopyOnWriteArrayList<>();
    private final AtomicInteger attached = new AtomicInteger();
    private final DocumentUploadHandler handler = new DocumentUploadHandler(this::room, this::received, this::showError);

    UploadSection() {
        error.setId("upload-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        uploaded.setId("uploaded-files");
        getContent().add(new H2(getTranslation("subsidy.form.documents")), new Paragraph(getTranslation("subsidy.upload.help")));
        getContent().addAttachListener(attach -> {
            if (attach.isInitialAttach()) {
                getContent().addComponentAtIndex(2, DocumentUploadHandler.field(attach.getUI(), handler));
            }
        });
        getContent().add(error, uploaded);
    }

    /** How many more files this request can take: its attached documents and the waiting ones count. */
    int room() {
        return UploadRules.MAX_FILES - attached.get() - pending.size();
    }

    private void received(String fileName, byte[] content) {
        pending.add(new Pending(fileName, content));
        error.setText("");
        uploaded.add(new ListItem(getTranslation("subsidy.upload.pending", fileName)));
    }

    /** The handler that receives the files, for tests that drive it at service level. */
    DocumentUploadHandler handler() {
        return handler;
    }

    void showError(String key) {
        error.setText(getTranslation(key));
    }

    void clearError() {
        error.setText("");
    }

    /** A document already attached to the request. */
    void showAttached(String fileName) {
        attached.incrementAndGet();
        uploaded.add(new ListItem(fileName));
    }

    /** The files that wait to be attached. */
    List<Pending> pending() {
        return List.copyOf(pending);
    }

    void attached(Pending document) {
        if (pending.remove(document)) {
            attached.incrementAndGet();
        }
    }
}
