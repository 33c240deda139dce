package nl.werkbrug.sroi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiCalculator;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiLineForm;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.sroi.SroiPlans.PlanPreview;

/**
 * The contractor's plan: lines of blocks from the contract's model, with the planned value against the obligation
 * shown live as a line changes. The values come from the domain's preview; the editor computes nothing itself.
 */
class PlanEditor extends Composite<Div> {

    private final SroiModel model;
    private final SroiContractDetail contract;
    private final Function<List<SroiLineForm>, PlanPreview> preview;
    private final List<SroiLineForm> lines = new ArrayList<>();
    private final Div rows = new Div();
    private final Paragraph total = new Paragraph();
    final ProblemFields problems;

    PlanEditor(SroiContractDetail contract, Function<List<SroiLineForm>, PlanPreview> preview, Paragraph message) {
        this.model = contract.model();
        this.contract = contract;
        this.preview = preview;
        this.problems = new ProblemFields(this, message);
        rows.setId("sroi-plan-lines");
        total.setId("sroi-plan-total");
        total.getElement().setAttribute("aria-live", "polite");
        Button add = new Button(getTranslation("sroi.plan.add-line"), click -> addLine());
        add.setId("sroi-plan-add-line");
        getContent().add(rows, add, total);
        addLine();
    }

    List<SroiLineForm> lines() {
        return List.copyOf(lines);
    }

    private void addLine() {
        int index = lines.size();
        SroiLineForm form = new SroiLineForm();
        lines.add(form);
        BlockFields fields = new BlockFields(this, Formats.of(getLocale()), model, "sroi-line-" + index + "-");
        IntegerField persons = new IntegerField(getTranslation("sroi.line.persons"));
        persons.setId("sroi-line-" + index + "-persons");
        persons.setMin(1);
        Binder<SroiLineForm> binder = new Binder<>();
        binder.forField(fields.block).bind(SroiLineForm::getBlockCode, SroiLineForm::setBlockCode);
        binder.forField(persons).bind(line -> line.getPersons(), (line, value) -> line.setPersons(value == null ? 0 : value));
        binder.forField(fields.hours).bind(SroiLineForm::getHoursPerWeek, SroiLineForm::setHoursPerWeek);
        binder.forField(fields.months).bind(SroiLineForm::getMonths, SroiLineForm::setMonths);
        binder.forField(fields.amount).bind(SroiLineForm::getAmount, SroiLineForm::setAmount);
        binder.forField(fields.creditFactor).bind(SroiLineForm::getCreditFactor, SroiLineForm::setCreditFactor);
        binder.setBean(form);
        String path = "lines[" + index + "].";
        problems.add(path + "blockCode", fields.block);
        problems.add(path + "block", fields.block);
        problems.add(path + "persons", persons);
        problems.add(path + "hoursPerWeek", fields.hours);
        problems.add(path + "months", fields.months);
        problems.add(path + "amount", fields.amount);
        problems.add(path + "creditFactor", fields.creditFactor);
        binder.addValueChangeListener(change -> refresh());
        FormLayout row = new FormLayout(fields.block, persons, fields.hours, fields.months, fields.amount,
                fields.creditFactor);
        row.setColspan(fields.block, 2);
        rows.add(row);
        refresh();
    }

    private void refresh() {
        Formats formats = Formats.of(getLocale());
        BigDecimal planned = preview.apply(lines).total();
        total.setText(getTranslation("sroi.plan.total", formats.money(planned), formats.money(contract.netObligation()),
                formats.percentage(SroiCalculator.fulfilledPercent(planned, contract.netObligation()))));
    }

    /** Shows the domain's problems at the lines' fields. */
    void show(List<FieldProblem> found) {
        problems.show(found, "sroi.error.invalid");
        problems.focusFirst();
    }
}
