package nl.werkbrug.catalogue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * One headed part of the instrument form. The rules live in the catalogue's records; a section only labels its
 * fields, binds them to {@link InstrumentForm}, names the problem path each field shows and which fields hold a
 * value a municipality may set for itself.
 */
abstract class InstrumentSection extends FormSection<InstrumentForm> {

    /** What every section of one form shares. */
    record Parts(CatalogueTexts texts, Binder<InstrumentForm> binder, ProblemFields problems,
                 Map<LocalField, List<Component>> localFields) {
    }

    protected final CatalogueTexts texts;
    private final Parts parts;

    InstrumentSection(Parts parts, String headingKey) {
        super(parts.binder(), parts.problems(), headingKey);
        this.parts = parts;
        this.texts = parts.texts();
        getContent().addClassName("catalogue-form-section");
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
        return bind(field, path, getter, setter);
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
