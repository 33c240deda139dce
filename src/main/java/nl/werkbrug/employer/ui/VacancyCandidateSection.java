package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.shared.ui.ProblemFields;

/** What the candidate needs and brings, and what the employer can adjust. */
final class VacancyCandidateSection extends VacancySection {

    VacancyCandidateSection(Binder<VacancyForm> binder, ProblemFields problems) {
        super(binder, problems, "vacancy.section.candidate");
        field(new TextArea(), "requirements", "vacancy.requirements", "requirements",
                VacancyForm::getRequirements, VacancyForm::setRequirements);
        field(new TextArea(), "skills", "vacancy.skills", "skills", VacancyForm::getSkills, VacancyForm::setSkills)
                .setHelperText(getTranslation("vacancy.skills.help"));
        field(new TextArea(), "adjustments", "vacancy.adjustments", "adjustments",
                VacancyForm::getAdjustments, VacancyForm::setAdjustments)
                .setHelperText(getTranslation("vacancy.adjustments.help"));
    }

    /** Social return and the banenafspraak. */
    static final class Arrangements extends VacancySection {

        Arrangements(Binder<VacancyForm> binder, ProblemFields problems) {
            super(binder, problems, "vacancy.section.arrangements");
            field(new Checkbox(), "sroi", "vacancy.sroi", null, VacancyForm::isSroi, VacancyForm::setSroi);
            field(new Checkbox(), "banenafspraak", "vacancy.banenafspraak", null, VacancyForm::isBanenafspraak,
                    VacancyForm::setBanenafspraak);
        }
    }
}
