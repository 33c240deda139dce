package nl.werkbrug.catalogue.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.catalogue.ChainStage;
import nl.werkbrug.catalogue.EmployerNeed;
import nl.werkbrug.catalogue.Goal;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.TargetGroup;

/** Code, name, descriptions and what the instrument is for. */
final class GeneralSection extends InstrumentSection {

    final TextField code = new TextField();
    final TextField name = new TextField();

    GeneralSection(Parts parts) {
        super(parts, "catalogue.admin.section.general");
        field(code, "catalogue.admin.field.code", "catalogue.admin.field.code-help", "code",
                form -> form.code, (form, value) -> form.code = value.strip());
        field(name, "catalogue.admin.field.name", null, "name", form -> form.name, (form, value) -> form.name = value)
                .setRequiredIndicatorVisible(true);
        field(new TextArea(), "catalogue.admin.field.short-description", "catalogue.admin.field.short-description-help",
                "shortDescription", form -> form.shortDescription, (form, value) -> form.shortDescription = value)
                .setRequiredIndicatorVisible(true);
        TextArea description = field(new TextArea(), "catalogue.admin.field.description", "catalogue.admin.field.description-help",
                "description", form -> form.description, (form, value) -> form.description = value);
        description.setRequiredIndicatorVisible(true);
        description.setMinRows(4);
        Select<Source> source = field(new Select<>(), "catalogue.fact.source", null, "source",
                form -> form.source, (form, value) -> form.source = value);
        source.setItems(Source.values());
        source.setItemLabelGenerator(texts::label);
        MultiSelectComboBox<Goal> goals = field(new MultiSelectComboBox<>(), "catalogue.fact.goal", null, "goals",
                form -> form.goals, (form, value) -> form.goals = new LinkedHashSet<>(value));
        goals.setItems(Goal.values());
        goals.setItemLabelGenerator(texts::label);
        MultiSelectComboBox<TargetGroup> targetGroups = field(new MultiSelectComboBox<>(), "catalogue.admin.target-group", null,
                "targetGroups", form -> form.targetGroups, (form, value) -> form.targetGroups = new LinkedHashSet<>(value));
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(texts::label);
        field(new TextField(), "catalogue.admin.field.target-group-text", null, "targetGroupText",
                form -> form.targetGroupText, (form, value) -> form.targetGroupText = value);
        Select<ChainStage> chainStage = field(new Select<>(), "catalogue.admin.chain-stage", null, null,
                form -> form.chainStage, (form, value) -> form.chainStage = value);
        chainStage.setItems(ChainStage.values());
        chainStage.setEmptySelectionAllowed(true);
        chainStage.setEmptySelectionCaption(texts.notStated());
        chainStage.setItemLabelGenerator(value -> value == null ? texts.notStated() : texts.label(value));
        Select<EmployerNeed> employerNeed = field(new Select<>(), "catalogue.admin.field.employer-need",
                "catalogue.admin.field.employer-need-help", null, form -> form.employerNeed, (form, value) -> form.employerNeed = value);
        String notForEmployers = texts.t("catalogue.admin.field.not-for-employers");
        employerNeed.setItems(EmployerNeed.values());
        employerNeed.setEmptySelectionAllowed(true);
        employerNeed.setEmptySelectionCaption(notForEmployers);
        employerNeed.setItemLabelGenerator(value -> value == null ? notForEmployers : texts.label(value));
    }
}
