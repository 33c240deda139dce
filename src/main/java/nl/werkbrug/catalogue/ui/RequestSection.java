package nl.werkbrug.catalogue.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.catalogue.Applicant;
import nl.werkbrug.catalogue.FundingLine;
import nl.werkbrug.catalogue.LocalField;

/** Who applies and decides, the budget, deadlines and the documents to send. */
final class RequestSection extends InstrumentSection {

    RequestSection(Parts parts) {
        super(parts, "catalogue.admin.section.request");
        CheckboxGroup<Applicant> appliesBy = field(new CheckboxGroup<>(), "catalogue.fact.applies-by", null, "appliesBy",
                form -> form.appliesBy, (form, value) -> form.appliesBy = new LinkedHashSet<>(value));
        appliesBy.setItems(Applicant.values());
        appliesBy.setItemLabelGenerator(texts::label);
        local(LocalField.DECIDED_BY, field(new TextField(), "catalogue.field.decidedBy", null, "decidedBy",
                form -> form.decidedBy, (form, value) -> form.decidedBy = value));
        local(LocalField.PROVIDER, field(new TextField(), "catalogue.field.provider", null, "provider",
                form -> form.provider, (form, value) -> form.provider = value));
        Select<FundingLine> funding = field(new Select<>(), "catalogue.field.funding", null, "funding",
                form -> form.funding, (form, value) -> form.funding = value);
        funding.setItems(FundingLine.values());
        funding.setItemLabelGenerator(texts::label);
        local(LocalField.FUNDING, funding);
        local(LocalField.REQUEST_DEADLINE, field(new TextField(), "catalogue.field.requestDeadline", null, "requestDeadline",
                form -> form.requestDeadline, (form, value) -> form.requestDeadline = value));
        local(LocalField.DECISION_TERM, field(new TextField(), "catalogue.field.decisionTerm", null, "decisionTerm",
                form -> form.decisionTerm, (form, value) -> form.decisionTerm = value));
        local(LocalField.REQUIRED_DOCUMENTS, field(new TextArea(), "catalogue.field.requiredDocuments",
                "catalogue.admin.field.documents-help", "requiredDocuments",
                form -> form.requiredDocuments, (form, value) -> form.requiredDocuments = value));
    }
}
