package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;

/** The contract: kind and length, dates, and where the work is. */
final class VacancyContractSection extends FormSection<VacancyForm> {

    private final IntegerField contractMonths = new IntegerField();

    VacancyContractSection(Binder<VacancyForm> binder, ProblemFields problems) {
        super(binder, problems, "vacancy.section.contract");
        RadioButtonGroup<ContractType> contractType = labelled(new RadioButtonGroup<>(), "contract-type", "vacancy.contract-type",
                "contractType", VacancyForm::getContractType, VacancyForm::setContractType);
        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(type -> getTranslation("vacancy.contract-type." + type.name()));
        contractType.addValueChangeListener(event -> show(event.getValue()));
        labelled(contractMonths, "contract-months", "vacancy.contract-months", "contractMonths",
                VacancyForm::getContractMonths, VacancyForm::setContractMonths)
                .setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-whole-number")));
        bind(DutchDatePicker.create(this, "start-date", "vacancy.start-date"), "startDate",
                VacancyForm::getStartDate, VacancyForm::setStartDate);
        bind(DutchDatePicker.create(this, "valid-through", "vacancy.valid-through"), "validThrough",
                VacancyForm::getValidThrough, VacancyForm::setValidThrough);
        labelled(new TextField(), "postcode", "vacancy.postcode", "postcode", VacancyForm::getPostcode, VacancyForm::setPostcode)
                .setHelperText(getTranslation("employer.register.postcode.help"));
        labelled(new TextField(), "place", "vacancy.place", "place", VacancyForm::getPlace, VacancyForm::setPlace);
    }

    /** The length in months is asked only for a temporary contract. */
    void show(ContractType type) {
        contractMonths.setVisible(type == ContractType.TEMPORARY);
    }
}
