package nl.werkbrug.catalogue.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.catalogue.LocalField;

/** The conditions: the checkable rules and the rest in words. */
final class ConditionsSection extends InstrumentSection {

    ConditionsSection(Parts parts) {
        super(parts, "catalogue.admin.section.conditions");
        CheckboxGroup<BenefitType> benefitTypes = new CheckboxGroup<>();
        benefitTypes.setItems(BenefitType.values());
        benefitTypes.setItemLabelGenerator(texts::label);
        local(LocalField.CONDITIONS,
                field(new IntegerField(), "catalogue.admin.field.min-age", null, "conditions.minAge",
                        form -> form.minAge, (form, value) -> form.minAge = value),
                field(new IntegerField(), "catalogue.admin.field.max-age", null, "conditions.maxAge",
                        form -> form.maxAge, (form, value) -> form.maxAge = value),
                field(benefitTypes, "catalogue.admin.field.benefit-types", "catalogue.admin.field.benefit-types-help",
                        "conditions.benefitTypes", form -> form.benefitTypes, (form, value) -> form.benefitTypes = new LinkedHashSet<>(value)),
                field(new Checkbox(), "catalogue.condition.doelgroepregister", null, null,
                        form -> form.doelgroepregisterRequired, (form, value) -> form.doelgroepregisterRequired = value),
                field(new Checkbox(), "catalogue.condition.beschut-werk", null, null,
                        form -> form.beschutWerkIndicationRequired, (form, value) -> form.beschutWerkIndicationRequired = value),
                field(new IntegerField(), "catalogue.admin.field.min-contract-months", null, "conditions.minContractMonths",
                        form -> form.minContractMonths, (form, value) -> form.minContractMonths = value),
                field(new IntegerField(), "catalogue.admin.field.min-hours", null, "conditions.minHoursPerWeek",
                        form -> form.minHoursPerWeek, (form, value) -> form.minHoursPerWeek = value),
                field(new Checkbox(), "catalogue.condition.full-outflow", null, null,
                        form -> form.fullOutflowRequired, (form, value) -> form.fullOutflowRequired = value),
                field(new TextArea(), "catalogue.admin.field.conditions-text", null, "conditions.text",
                        form -> form.conditionsText, (form, value) -> form.conditionsText = value));
    }
}
