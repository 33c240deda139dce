package nl.werkbrug.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
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
import org.jspecify.annotations.Nullable;

/**
 * One headed part of a form, in two columns on wide screens. A section binds its fields to the form's bean and says
 * which field shows the domain's problems for which path; it states no rule itself.
 *
 * @param <B> the bean the form's {@link Binder} binds
 */
public abstract class FormSection<B> extends Composite<FormLayout> {

    private final Binder<B> binder;
    private final ProblemFields problems;

    /** @param headingKey the translation key of the section's heading; none: the section has no heading */
    protected FormSection(Binder<B> binder, ProblemFields problems, @Nullable String headingKey) {
        this.binder = binder;
        this.problems = problems;
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        if (headingKey != null) {
            H2 title = new H2(getTranslation(headingKey));
            form.add(title);
            form.setColspan(title, 2);
        }
    }

    /**
     * Binds the field and adds it to this section.
     *
     * @param path the field path of the domain's problems shown at this field; none: the field has no rule
     */
    protected <V, F extends Component & HasValue<?, V>> F bind(F field, @Nullable String path,
                                                                 ValueProvider<B, V> getter, Setter<B, V> setter) {
        binder.forField(field).bind(getter, setter);
        if (path != null && field instanceof HasValidation validated) {
            problems.add(path, validated);
        }
        add(field);
        return field;
    }

    /** Labels the field, gives it its id, binds it and shows the domain's problems for {@code path} at it. */
    protected <V, F extends Component & HasValue<?, V> & HasLabel> F labelled(F field, String id, String labelKey,
                                                                             @Nullable String path,
                                                                             ValueProvider<B, V> getter, Setter<B, V> setter) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        return bind(field, path, getter, setter);
    }

    /** Adds a component; long texts and groups take the full width. */
    protected void add(Component component) {
        getContent().add(component);
        if (component instanceof TextArea || component instanceof CheckboxGroup<?> || component instanceof Paragraph) {
            getContent().setColspan(component, 2);
        }
    }
}
