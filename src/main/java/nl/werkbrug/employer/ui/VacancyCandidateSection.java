package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;

/** What the candidate needs and brings, and what the employer can adjust. */
final class VacancyCandidateSection extends FormSection<VacancyForm> {

    VacancyCandidateSection(Binder<VacancyForm> binder, ProblemFields problems) {
        super(binder, problems, "vacancy.section.candidate");
        labelled(new TextArea(), "requirements", "vacancy.requirements", "requirements",
                VacancyForm::getRequirements, VacancyForm::setRequirements);
        labelled(new TextArea(), "skills", "vacancy.skills", "skills", VacancyForm::getSkills, VacancyForm::setSkills)
                .setHelperText(getTranslation("vacancy.skills.help"));
        labelled(new TextArea(), "adjustments", "vacancy.adjustments", "adjustments",
                VacancyForm::getAdjustments, VacancyForm::setAdjustments)
                .setHelperText(getTranslation("vacancy.adjustments.help"));
    }

    /** Social return and the banenafspraak. */
    static final class Arrangements extends FormSection<VacancyForm> {

        Arrangements(Binder<VacancyForm> binder, ProblemFields problems) {
            super(binder, problems, "vacancy.section.arrangements");
            labelled(new Checkbox(), "sroi", "vacancy.sroi", null, VacancyForm::isSroi, VacancyForm::setSroi);
            labelled(new Checkbox(), "banenafspraak", "vacancy.banenafspraak", null, VacancyForm::isBanenafspraak,
                    VacancyForm::setBanenafspraak);
        }
    }
}
