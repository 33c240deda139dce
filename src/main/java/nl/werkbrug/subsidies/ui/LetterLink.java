package nl.werkbrug.subsidies.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.werkbrug.subsidies.SubsidyRequests;
import org.jspecify.annotations.Nullable;

/** A download link to a decided request's letter, named after the request's reference. */
final class LetterLink {

    private LetterLink() {
    }

    static Anchor of(SubsidyRequests requests, String municipality, long id, @Nullable String reference, String text) {
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> requests.decisionLetter(municipality, id)
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "beschikking-" + reference + ".pdf",
                        "application/pdf", pdf.length))
                .orElse(DownloadResponse.error(404))), text);
        letter.getElement().setAttribute("download", true);
        return letter;
    }
}
