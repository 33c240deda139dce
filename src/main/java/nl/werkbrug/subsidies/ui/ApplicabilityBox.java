package nl.werkbrug.subsidies.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.catalogue.Applicability;

/** Whether a request can qualify for the instrument, and why, as the catalogue's applicability check says. */
final class ApplicabilityBox extends Composite<Div> {

    ApplicabilityBox() {
        getContent().setId("applicability");
        getContent().getElement().setAttribute("role", "status");
    }

    void clear() {
        getContent().removeAll();
    }

    /** Shows the outcome and its reasons; true when the request cannot qualify. */
    boolean show(Applicability applicability) {
        clear();
        String key = switch (applicability.outcome()) {
            case APPLIES -> "subsidy.applicability.applies";
            case UNKNOWN -> "subsidy.applicability.unknown";
            case DOES_NOT_APPLY -> "subsidy.applicability.does-not-apply";
        };
        UnorderedList reasons = new UnorderedList();
        applicability.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.key(), reason.arguments().toArray()))));
        if (applicability.toCheck() != null) {
            reasons.add(new ListItem(getTranslation("subsidy.applicability.to-check", applicability.toCheck())));
        }
        getContent().add(new Paragraph(getTranslation(key)), reasons);
        return applicability.outcome() == Applicability.Outcome.DOES_NOT_APPLY;
    }
}
