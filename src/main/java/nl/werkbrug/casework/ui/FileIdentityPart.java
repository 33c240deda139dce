package nl.werkbrug.casework.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.shared.ui.Facts;
import nl.werkbrug.subsidies.SubsidyRequestSummary;

/**
 * Who the candidate is, with the BSN masked until a deliberate (audited) "Toon BSN", and the subsidy requests
 * employers filed for this resident in the municipality.
 */
final class FileIdentityPart extends FilePart {

    FileIdentityPart(FileContext context, String tenant, List<SubsidyRequestSummary> subsidies) {
        super(context, "file-identity", "candidatefile.identity");
        CandidateFileDetail file = context.file();
        DescriptionList facts = new DescriptionList();
        Facts.term(this, facts, "candidatefile.file-number", file.fileNumber(), "file-number");
        Facts.term(this, facts, "candidatefile.status", label(file.status()), "file-status");
        Facts.term(this, facts, "candidatefile.name", file.name(), "file-name");
        Span bsn = new Span(file.maskedBsn());
        bsn.setId("file-bsn");
        Button reveal = new Button(getTranslation("candidatefile.bsn.reveal"), click -> {
            bsn.setText(context.files().revealBsn(file.id()));
            click.getSource().setVisible(false);
        });
        reveal.setId("reveal-bsn");
        Facts.term(this, facts, "candidatefile.bsn", "").add(bsn, new Span(" "), reveal);
        Facts.term(this, facts, "candidatefile.birth-date", date(file.birthDate()), "file-birth-date");
        Facts.term(this, facts, "candidatefile.address", String.join(" ", file.street(), file.houseNumber()).strip()
                + ", " + String.join(" ", file.postcode(), file.city()).strip());
        Facts.term(this, facts, "candidatefile.phone", file.phone());
        Facts.term(this, facts, "candidatefile.email", file.email());
        Facts.term(this, facts, "candidatefile.benefit", file.benefit() == null ? "" : getTranslation(
                "candidatefile.benefit.since", label(file.benefit()), date(file.benefitSince())));
        Facts.term(this, facts, "candidatefile.opened", getTranslation("candidatefile.opened.by",
                date(file.openedOn()), file.openedBy()));
        add(facts);
        whenOpen(FileIdentityEdit.NAME, () -> new FileIdentityEdit(context));
        if (!subsidies.isEmpty()) {
            add(new Paragraph(getTranslation("candidatefile.subsidies")), lines("file-subsidies", subsidies.stream()
                    .map(request -> new ListItem(new Anchor("gemeente/" + tenant + "/aanvragen/" + request.id(),
                            getTranslation("candidatefile.subsidy.line", String.valueOf(request.reference()), request.instrumentName(),
                                    request.employerName(), getTranslation(request.status().labelKey())))))
                    .toList(), "candidatefile.subsidy.none"));
        }
    }
}
