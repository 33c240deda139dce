package nl.werkbrug.catalogue.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.werkbrug.shared.ui.DutchDatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/** Ends one of the municipality's own instruments after a chosen last day. */
final class RetireSection extends Composite<Section> {

    private final DatePicker retireOn = DutchDatePicker.configure(this, new DatePicker());

    /** @param retire is given the chosen last day (none chosen: null) */
    RetireSection(CatalogueTexts texts, ProblemFields problems, Consumer<@Nullable LocalDate> retire) {
        retireOn.setLabel(texts.t("catalogue.admin.field.retire-on"));
        retireOn.setId("field-retire-on");
        problems.add("changeFrom", retireOn);
        problems.add("validTo", retireOn);
        Button button = new Button(texts.t("catalogue.admin.retire"), click -> retire.accept(retireOn.getValue()));
        button.setId("retire");
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getContent().add(new H2(texts.t("catalogue.admin.retire-heading")),
                new Paragraph(texts.t("catalogue.admin.retire-intro")), retireOn, button);
    }
}
