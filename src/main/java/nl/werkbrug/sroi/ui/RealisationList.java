package nl.werkbrug.sroi.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.sroi.RealisationState;
import nl.werkbrug.sroi.SroiContractDetail.Realisation;
import org.jspecify.annotations.Nullable;

/**
 * The realisations of a contract with value, state and attestation (yes or no, from a date: nothing of a benefit);
 * for the officer, accept and reject (with a reason) on those that wait for a judgement.
 */
class RealisationList extends Composite<Div> {

    RealisationList(List<Realisation> realisations, @Nullable Consumer<Realisation> accept,
                    @Nullable BiConsumer<Realisation, String> reject) {
        Formats formats = Formats.of(getLocale());
        getContent().setId("sroi-realisations");
        if (realisations.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("sroi.realisations.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Realisation realisation : realisations) {
            String who = realisation.pseudonym() == null ? realisation.description()
                    : getTranslation(realisation.viaReferral() ? "sroi.realisation.profile-referral"
                    : "sroi.realisation.profile", realisation.pseudonym());
            String attested = realisation.attested() == null ? ""
                    : realisation.attested() ? " " + getTranslation("sroi.realisation.attested",
                    formats.date(realisation.attestedFrom())) : " " + getTranslation("sroi.realisation.not-attested");
            String text = realisation.proposal() ? getTranslation("sroi.realisation.proposed-line",
                    realisation.description(), formats.date(realisation.startDate()),
                    getTranslation(realisation.state().labelKey()))
                    : getTranslation("sroi.realisation.line", realisation.blockName(), who,
                    formats.date(realisation.startDate()), formats.money(realisation.value()),
                    getTranslation(realisation.state().labelKey())) + attested
                    + (realisation.invoiceName() == null ? "" : " " + getTranslation("sroi.realisation.invoice-name",
                    realisation.invoiceName()))
                    + (realisation.rejectionReason() == null ? "" : " " + getTranslation("sroi.realisation.reason",
                    realisation.rejectionReason()));
            ListItem item = new ListItem(new Span(text));
            item.setId("sroi-realisation-" + realisation.id());
            if (accept != null && reject != null && realisation.state() == RealisationState.INGEDIEND) {
                Button yes = new Button(getTranslation("sroi.realisation.accept"), click -> accept.accept(realisation));
                yes.setId("sroi-realisation-accept-" + realisation.id());
                TextField reason = new TextField(getTranslation("sroi.realisation.reject-reason"));
                reason.setId("sroi-realisation-reason-" + realisation.id());
                reason.setMaxLength(1000);
                Button no = new Button(getTranslation("sroi.realisation.reject"),
                        click -> reject.accept(realisation, reason.getValue()));
                no.setId("sroi-realisation-reject-" + realisation.id());
                item.add(new Div(yes, reason, no));
            }
            list.add(item);
        }
        getContent().add(list);
    }
}
