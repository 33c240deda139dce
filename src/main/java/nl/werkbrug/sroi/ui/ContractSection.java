package nl.werkbrug.sroi.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiContractForm;
import nl.werkbrug.sroi.SroiModel;

/**
 * The contract as the SROI officer registers it: contractor, subject, value excl. VAT, percentage (those of the model
 * in force), PSO level, period and report dates. The rules (threshold, percentages) live in the contract aggregate.
 */
class ContractSection extends FormSection<SroiContractForm> {

    final BigDecimalField value;
    final Select<BigDecimal> percentage;

    ContractSection(Binder<SroiContractForm> binder, ProblemFields problems, List<EmployerSummary> contractors,
                    SroiModel model) {
        super(binder, problems, "sroi.register.heading");
        Map<Long, String> names = contractors.stream()
                .collect(Collectors.toMap(EmployerSummary::id, EmployerSummary::name, (a, b) -> a));
        Select<Long> employer = new Select<>();
        employer.setItems(contractors.stream().map(EmployerSummary::id).toList());
        employer.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        labelled(employer, "sroi-employer", "sroi.contract.employer", "employerId",
                SroiContractForm::getEmployerId, SroiContractForm::setEmployerId);
        labelled(new TextField(), "sroi-subject", "sroi.contract.subject", "subject",
                SroiContractForm::getSubject, SroiContractForm::setSubject).setMaxLength(300);
        value = labelled(new BigDecimalField(), "sroi-value", "sroi.contract.value", "contractValue",
                SroiContractForm::getContractValue, SroiContractForm::setContractValue);
        value.setHelperText(model.threshold().value() == null ? getTranslation("sroi.register.no-threshold")
                : getTranslation("sroi.register.threshold", Formats.of(getLocale()).moneyCompact(model.threshold().value())));
        percentage = new Select<>();
        percentage.setItems(model.percentages().values());
        percentage.setItemLabelGenerator(Formats.of(getLocale())::percentage);
        labelled(percentage, "sroi-percentage", "sroi.contract.percentage", "percentage",
                SroiContractForm::getPercentage, SroiContractForm::setPercentage);
        labelled(new TextField(), "sroi-pso", "sroi.contract.pso-level", "psoLevel",
                SroiContractForm::getPsoLevel, SroiContractForm::setPsoLevel).setMaxLength(40);
        labelled(new DatePicker(), "sroi-period-start", "sroi.contract.period-start", "periodStart",
                SroiContractForm::getPeriodStart, SroiContractForm::setPeriodStart);
        labelled(new DatePicker(), "sroi-period-end", "sroi.contract.period-end", "periodEnd",
                SroiContractForm::getPeriodEnd, SroiContractForm::setPeriodEnd);
        labelled(new DatePicker(), "sroi-interim-due", "sroi.contract.interim-due", "interimReportDue",
                SroiContractForm::getInterimReportDue, SroiContractForm::setInterimReportDue);
        labelled(new DatePicker(), "sroi-final-due", "sroi.contract.final-due", "finalReportDue",
                SroiContractForm::getFinalReportDue, SroiContractForm::setFinalReportDue);
    }
}
