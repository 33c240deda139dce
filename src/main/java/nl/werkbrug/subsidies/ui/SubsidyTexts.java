package nl.werkbrug.subsidies.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import org.jspecify.annotations.Nullable;

/** Dates (through {@link Formats}) and the decision-term text the subsidy screens share. */
final class SubsidyTexts {

    private SubsidyTexts() {
    }

    static String date(Component component, @Nullable LocalDate day) {
        return Formats.of(component.getUI().map(ui -> ui.getLocale()).orElse(null)).date(day);
    }

    /** The deadline in words, marked when overdue (in colour and in text) or standing still. */
    static Span deadline(Component component, @Nullable LocalDate deadline, boolean overdue, boolean suspended,
                         boolean decided) {
        Span text = new Span();
        if (suspended) {
            text.setText(component.getTranslation("subsidy.deadline.suspended"));
        } else if (deadline == null) {
            text.setText(decided ? "" : component.getTranslation("subsidy.deadline.none"));
        } else if (overdue) {
            text.setText(component.getTranslation("subsidy.deadline.overdue", date(component, deadline)));
            text.addClassName("subsidy-overdue");
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            text.setText(date(component, deadline));
        }
        return text;
    }

    /** The request's reference, or that a draft has none yet. */
    static String reference(Component component, @Nullable String reference) {
        return reference == null ? component.getTranslation("frontdoor.reference.none") : reference;
    }

    static Span deadline(Component component, SubsidyRequestSummary line) {
        return deadline(component, line.deadline(), line.overdue(), line.suspended(),
                line.status().isDecided() || !line.status().isOpen());
    }
}
