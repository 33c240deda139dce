package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/** One headed part of the vacancy form; {@link nl.werkbrug.employer.VacancyDraft} holds the rules. */
abstract class VacancySection extends FormSection<VacancyForm> {

    VacancySection(Binder<VacancyForm> binder, ProblemFields problems, String headingKey) {
        super(binder, problems, headingKey);
    }

    /** Labels the field, gives it its id, binds it and shows the draft's problems for {@code path} at it. */
    protected <V, F extends Component & HasValue<?, V> & HasLabel> F field(F field, String id, String labelKey,
                                                                             @Nullable String path,
                                                                             ValueProvider<VacancyForm, V> getter,
                                                                             Setter<VacancyForm, V> setter) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        return bind(field, path, getter, setter);
    }
}
