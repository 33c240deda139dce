package nl.werkbrug.sroi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiLineForm;
import nl.werkbrug.sroi.SroiModel;

/**
 * A realisation as the contractor records it: the block, the pool profile (pseudonym) of a placed person, hours,
 * months and start, or the invoice and credit factor of a purchase, and a description. The rules are the domain's.
 */
class RealisationForm extends Composite<FormLayout> {

    final SroiLineForm form = new SroiLineForm();
    final ProblemFields problems;

    RealisationForm(SroiModel model, Paragraph message) {
        problems = new ProblemFields(this, message);
        BlockFields fields = new BlockFields(this, Formats.of(getLocale()), model, "sroi-realisation-");
        TextField pseudonym = new TextField(getTranslation("sroi.realisation.pseudonym"));
        pseudonym.setId("sroi-realisation-pseudonym");
        pseudonym.setHelperText(getTranslation("sroi.realisation.pseudonym.help"));
        pseudonym.setMaxLength(14);
        DatePicker start = new DatePicker(getTranslation("sroi.realisation.start"));
        start.setId("sroi-realisation-start");
        TextField description = new TextField(getTranslation("sroi.realisation.description"));
        description.setId("sroi-realisation-description");
        description.setMaxLength(300);
        Binder<SroiLineForm> binder = new Binder<>();
        binder.forField(fields.block).bind(SroiLineForm::getBlockCode, SroiLineForm::setBlockCode);
        binder.forField(pseudonym).bind(SroiLineForm::getPseudonym, SroiLineForm::setPseudonym);
        binder.forField(fields.hours).bind(SroiLineForm::getHoursPerWeek, SroiLineForm::setHoursPerWeek);
        binder.forField(fields.months).bind(SroiLineForm::getMonths, SroiLineForm::setMonths);
        binder.forField(start).bind(SroiLineForm::getStartDate, SroiLineForm::setStartDate);
        binder.forField(fields.amount).bind(SroiLineForm::getAmount, SroiLineForm::setAmount);
        binder.forField(fields.creditFactor).bind(SroiLineForm::getCreditFactor, SroiLineForm::setCreditFactor);
        binder.forField(description).bind(SroiLineForm::getDescription, SroiLineForm::setDescription);
        binder.setBean(form);
        problems.add("blockCode", fields.block);
        problems.add("block", fields.block);
        problems.add("pseudonym", pseudonym);
        problems.add("hoursPerWeek", fields.hours);
        problems.add("months", fields.months);
        problems.add("startDate", start);
        problems.add("amount", fields.amount);
        problems.add("creditFactor", fields.creditFactor);
        problems.add("description", description);
        fields.block.addValueChangeListener(change -> pseudonym.setVisible(fields.forPersons()));
        pseudonym.setVisible(false);
        getContent().add(fields.block, pseudonym, fields.hours, fields.months, start, fields.amount,
                fields.creditFactor, description);
        getContent().setColspan(fields.block, 2);
    }
}
