package nl.werkbrug.subsidies.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.subsidies.CoachKind;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import org.jspecify.annotations.Nullable;

/**
 * One part of the subsidy request form. The rules live in {@link SubsidyRequestForm#problems}; a section labels
 * its fields, binds them and names the problem path each shows. The subclasses are the form's parts.
 */
abstract class RequestSection extends FormSection<SubsidyRequestForm> {

    RequestSection(Binder<SubsidyRequestForm> binder, ProblemFields problems, @Nullable String headingKey) {
        super(binder, problems, headingKey);
    }

    /** Name, birth date and BSN of the employee. */
    static final class Employee extends RequestSection {

        Employee(Binder<SubsidyRequestForm> binder, ProblemFields problems) {
            super(binder, problems, "subsidy.form.employee");
            labelled(new TextField(), "employee-name", "subsidy.employee.name", "employeeName",
                    SubsidyRequestForm::getEmployeeName, SubsidyRequestForm::setEmployeeName).setMaxLength(200);
            labelled(DutchDatePicker.configure(this, new DatePicker()), "birth-date", "subsidy.employee.birth-date", "employeeBirthDate",
                    SubsidyRequestForm::getEmployeeBirthDate, SubsidyRequestForm::setEmployeeBirthDate);
            TextField bsn = labelled(new TextField(), "bsn", "subsidy.employee.bsn", "bsn",
                    SubsidyRequestForm::getBsn, SubsidyRequestForm::setBsn);
            bsn.setHelperText(getTranslation("subsidy.employee.bsn.help"));
            bsn.setMaxLength(9);
        }
    }

    /** Start, end, hours and wage of the employment contract. */
    static final class Contract extends RequestSection {

        private final BigDecimalField wage;

        Contract(Binder<SubsidyRequestForm> binder, ProblemFields problems) {
            super(binder, problems, "subsidy.form.contract");
            labelled(DutchDatePicker.configure(this, new DatePicker()), "contract-start", "subsidy.contract.start", "contractStart",
                    SubsidyRequestForm::getContractStart, SubsidyRequestForm::setContractStart);
            labelled(DutchDatePicker.configure(this, new DatePicker()), "contract-end", "subsidy.contract.end", "contractEnd",
                    SubsidyRequestForm::getContractEnd, SubsidyRequestForm::setContractEnd);
            labelled(new BigDecimalField(), "hours-per-week", "subsidy.contract.hours", "hoursPerWeek",
                    SubsidyRequestForm::getHoursPerWeek, SubsidyRequestForm::setHoursPerWeek);
            wage = labelled(new BigDecimalField(), "monthly-wage", "subsidy.contract.wage", "monthlyWage",
                    SubsidyRequestForm::getMonthlyWage, SubsidyRequestForm::setMonthlyWage);
        }

        /** A proefplaatsing has no wage: the field is hidden and emptied. */
        void askWage(boolean asked) {
            wage.setVisible(asked);
            if (!asked) {
                wage.clear();
            }
        }
    }

    /** What loonkostensubsidie needs: the loonwaarde, or a request to measure it. */
    static final class Loonkostensubsidie extends RequestSection {

        Loonkostensubsidie(Binder<SubsidyRequestForm> binder, ProblemFields problems) {
            super(binder, problems, null);
            labelled(new BigDecimalField(), "loonwaarde", "subsidy.lks.loonwaarde", "loonwaardePercent",
                    SubsidyRequestForm::getLoonwaardePercent, SubsidyRequestForm::setLoonwaardePercent);
            labelled(new Checkbox(), "meting", "subsidy.lks.meting", null,
                    SubsidyRequestForm::isLoonwaardemetingRequested, SubsidyRequestForm::setLoonwaardemetingRequested);
        }
    }

    /** What jobcoaching needs: the kind of coach and the hours. */
    static final class Jobcoaching extends RequestSection {

        Jobcoaching(Binder<SubsidyRequestForm> binder, ProblemFields problems) {
            super(binder, problems, null);
            RadioButtonGroup<CoachKind> kind = labelled(new RadioButtonGroup<>(), "coach-kind", "subsidy.coach.kind", "coachKind",
                    SubsidyRequestForm::getCoachKind, SubsidyRequestForm::setCoachKind);
            kind.setItems(CoachKind.values());
            kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            labelled(new BigDecimalField(), "coach-hours", "subsidy.coach.hours", "coachHoursPerMonth",
                    SubsidyRequestForm::getCoachHoursPerMonth, SubsidyRequestForm::setCoachHoursPerMonth);
        }
    }
}
