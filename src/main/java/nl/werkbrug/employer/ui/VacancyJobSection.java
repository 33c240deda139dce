package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;

/** The job: title, occupation, hours, places and description. */
final class VacancyJobSection extends FormSection<VacancyForm> {

    VacancyJobSection(Binder<VacancyForm> binder, ProblemFields problems, java.util.List<Occupation> occupations) {
        super(binder, problems, "vacancy.section.job");
        labelled(new TextField(), "title", "vacancy.title", "title", VacancyForm::getTitle, VacancyForm::setTitle).setMaxLength(200);
        ComboBox<Occupation> occupation = labelled(new ComboBox<>(), "occupation", "vacancy.occupation", "iscoCode",
                VacancyForm::getOccupation, VacancyForm::setOccupation);
        occupation.setHelperText(getTranslation("vacancy.occupation.help"));
        occupation.setItems(occupations);
        occupation.setItemLabelGenerator(Occupation::label);
        // The draft's rules give the messages, in Dutch; the fields only report input that is not a number.
        labelled(new NumberField(), "hours", "vacancy.hours", "hoursPerWeek", VacancyForm::getHoursPerWeek, VacancyForm::setHoursPerWeek)
                .setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-number")));
        labelled(new IntegerField(), "places", "vacancy.places", "places", VacancyForm::getPlaces, VacancyForm::setPlaces)
                .setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-whole-number")));
        TextArea description = labelled(new TextArea(), "description", "vacancy.description", "description",
                VacancyForm::getDescription, VacancyForm::setDescription);
        description.setHelperText(getTranslation("vacancy.description.help"));
        description.setMinHeight("10em");
    }
}
