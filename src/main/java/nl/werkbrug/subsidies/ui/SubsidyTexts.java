package nl.werkbrug.subsidies.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import org.jspecify.annotations.Nullable;

/** Dates, amounts and the decision-term text the subsidy screens share. */
final class SubsidyTexts {

    private SubsidyTexts() {
    }

    private static Locale locale(Component component) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("nl-NL") : ui.getLocale();
    }

    static String date(Component component, @Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(component)).format(day);
    }

    static String number(Component component, @Nullable BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale(component)).format(value);
    }

    static String euro(Component component, @Nullable BigDecimal value) {
        return value == null ? "" : NumberFormat.getCurrencyInstance(
                Locale.forLanguageTag(locale(component).getLanguage() + "-NL")).format(value);
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

    static Span deadline(Component component, SubsidyRequestSummary line) {
        return deadline(component, line.deadline(), line.overdue(), line.suspended(),
                line.status().isDecided() || !line.status().isOpen());
    }
}
