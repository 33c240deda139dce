package nl.werkbrug.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.catalogue.Applicability;

/**
 * Whether an instrument applies, and why not, as the catalogue's applicability check says: for a subsidy request or
 * a candidate's trajectory. The texts come from {@code <prefix>.applies}, {@code .unknown}, {@code .does-not-apply}
 * and {@code .to-check}; the reasons are the catalogue's own.
 */
public final class ApplicabilityBox extends Composite<Div> {

    private final String prefix;

    /** @param prefix the translation key prefix of the verdict's texts, e.g. {@code subsidy.applicability} */
    public ApplicabilityBox(String prefix, String id) {
        this.prefix = prefix;
        getContent().setId(id);
        getContent().getElement().setAttribute("role", "status");
    }

    public void clear() {
        getContent().removeAll();
    }

    /** Shows the outcome and its reasons; true when the instrument does not apply. */
    public boolean show(Applicability applicability) {
        clear();
        String key = switch (applicability.outcome()) {
            case APPLIES -> prefix + ".applies";
            case UNKNOWN -> prefix + ".unknown";
            case DOES_NOT_APPLY -> prefix + ".does-not-apply";
        };
        UnorderedList reasons = new UnorderedList();
        applicability.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.key(), reason.arguments().toArray()))));
        if (applicability.toCheck() != null) {
            reasons.add(new ListItem(getTranslation(prefix + ".to-check", applicability.toCheck())));
        }
        getContent().add(new Paragraph(getTranslation(key)), reasons);
        if (applicability.applyElsewhere() != null) {
            Paragraph elsewhere = new Paragraph(CatalogueTexts.applyElsewhere(this::getTranslation, applicability.applyElsewhere()));
            elsewhere.addClassName("apply-elsewhere");
            getContent().add(elsewhere);
        }
        return applicability.outcome() == Applicability.Outcome.DOES_NOT_APPLY;
    }
}
