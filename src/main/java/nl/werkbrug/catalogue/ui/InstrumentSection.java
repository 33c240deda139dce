package nl.werkbrug.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * One headed part of the instrument form. A section labels its fields, binds them to {@link InstrumentForm} and
 * says which field shows the domain's problems for which path; the rules themselves live in the catalogue's records.
 */
abstract class InstrumentSection extends Composite<FormLayout> {

    /** What every section of one form shares. */
    record Parts(CatalogueTexts texts, Binder<InstrumentForm> binder, ProblemFields problems,
                 Map<LocalField, List<Component>> localFields) {
    }

    protected final CatalogueTexts texts;
    private final Parts parts;

    InstrumentSection(Parts parts, String headingKey) {
        this.parts = parts;
        this.texts = parts.texts();
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addClassName("catalogue-form-section");
        H2 heading = new H2(texts.t(headingKey));
        form.add(heading);
        form.setColspan(heading, 2);
    }

    /**
     * Labels the field ({@code id="field-<last part of the label key>"}), binds it and adds it to this section.
     *
     * @param path the field path of the domain's problems shown at this field; none: the field has no rule
     */
    protected <V, F extends Component & HasValue<?, V>> F field(F field, String labelKey, @Nullable String helperKey,
                                                                  @Nullable String path, ValueProvider<InstrumentForm, V> getter,
                                                                  Setter<InstrumentForm, V> setter) {
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(texts.t(labelKey));
        } else {
            field.getElement().setProperty("label", texts.t(labelKey));
        }
        if (helperKey != null) {
            helper(field, texts.t(helperKey));
        }
        field.setId("field-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        parts.binder().forField(field).bind(getter, setter);
        if (path != null && field instanceof HasValidation validated) {
            parts.problems().add(path, validated);
        }
        add(field);
        return field;
    }

    protected void add(Component component) {
        getContent().add(component);
        if (component instanceof TextArea || component instanceof CheckboxGroup<?> || component instanceof Paragraph) {
            getContent().setColspan(component, 2);
        }
    }

    /** These fields hold the value a municipality may set for itself as {@code field}. */
    protected void local(LocalField field, Component... components) {
        parts.localFields().computeIfAbsent(field, key -> new ArrayList<>()).addAll(List.of(components));
    }

    static void helper(Component field, String text) {
        if (field instanceof HasHelper withHelper) {
            withHelper.setHelperText(text);
        } else {
            field.getElement().setProperty("helperText", text);
        }
    }

    /** Shows the loaded form's values that are not fields of their own (none by default). */
    void show(InstrumentForm form) {
    }
}
