package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiContractDetail.Realisation;
import nl.werkbrug.sroi.SroiLineForm;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.sroi.SroiPlans;
import org.jspecify.annotations.Nullable;

/**
 * A realisation as the contractor records it: the block, the pool profile (pseudonym) of a placed person or the
 * proposal of a hire on an SROI vacancy, hours, months and start, or the invoice (PDF, uploaded) and credit factor of
 * a purchase, and a description. The rules are the domain's.
 */
class RealisationForm extends Composite<FormLayout> {

    final SroiLineForm form = new SroiLineForm();
    final ProblemFields problems;
    private final InvoiceUpload invoice;

    RealisationForm(SroiModel model, List<Realisation> proposals, Paragraph message) {
        problems = new ProblemFields(this, message);
        Formats formats = Formats.of(getLocale());
        BlockFields fields = new BlockFields(this, formats, model, "sroi-realisation-");
        Select<Realisation> proposal = new Select<>();
        proposal.setLabel(getTranslation("sroi.realisation.proposal"));
        proposal.setId("sroi-realisation-proposal");
        proposal.setItems(proposals);
        proposal.setEmptySelectionAllowed(true);
        proposal.setEmptySelectionCaption(getTranslation("sroi.realisation.proposal.none"));
        proposal.setItemLabelGenerator(found -> found == null ? getTranslation("sroi.realisation.proposal.none")
                : getTranslation("sroi.realisation.proposal.item", found.description(), formats.date(found.startDate())));
        proposal.setVisible(!proposals.isEmpty());
        TextField pseudonym = new TextField(getTranslation("sroi.realisation.pseudonym"));
        pseudonym.setId("sroi-realisation-pseudonym");
        pseudonym.setHelperText(getTranslation("sroi.realisation.pseudonym.help"));
        pseudonym.setMaxLength(14);
        DatePicker start = new DatePicker(getTranslation("sroi.realisation.start"));
        start.setId("sroi-realisation-start");
        TextField description = new TextField(getTranslation("sroi.realisation.description"));
        description.setId("sroi-realisation-description");
        description.setMaxLength(300);
        invoice = new InvoiceUpload();
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
        proposal.addValueChangeListener(change -> {
            form.setProposalId(change.getValue() == null ? null : change.getValue().id());
            pseudonym.setVisible(fields.forPersons() && change.getValue() == null);
        });
        problems.add("blockCode", fields.block);
        problems.add("block", fields.block);
        problems.add("proposalId", proposal);
        problems.add("pseudonym", pseudonym);
        problems.add("hoursPerWeek", fields.hours);
        problems.add("months", fields.months);
        problems.add("startDate", start);
        problems.add("amount", fields.amount);
        problems.add("creditFactor", fields.creditFactor);
        problems.add("description", description);
        fields.block.addValueChangeListener(change -> {
            pseudonym.setVisible(fields.forPersons() && proposal.getValue() == null);
            invoice.setVisible(fields.purchase());
        });
        pseudonym.setVisible(false);
        invoice.setVisible(false);
        getContent().add(proposal, fields.block, pseudonym, fields.hours, fields.months, start, fields.amount,
                fields.creditFactor, description, invoice);
        getContent().setColspan(fields.block, 2);
        getContent().setColspan(invoice, 2);
    }

    /** The invoice uploaded for a purchase, if any. */
    SroiPlans.@Nullable Invoice invoice() {
        return invoice.received;
    }

    /** Shows a problem of the invoice (from the service) at the upload. */
    void showInvoiceProblem(String key) {
        invoice.error.setText(getTranslation(key));
    }

    /** The purchase's invoice: one PDF, streamed with the limits on the server (the shared upload). */
    private static final class InvoiceUpload extends Composite<Div> {

        private final Span error = new Span();
        private final Span name = new Span();
        private SroiPlans.@Nullable Invoice received;

        InvoiceUpload() {
            error.setId("sroi-invoice-error");
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            name.setId("sroi-invoice-name");
            name.getElement().setAttribute("role", "status");
            getContent().add(new Paragraph(getTranslation("sroi.upload.help")));
            var handler = new nl.werkbrug.shared.ui.StreamedUpload(InvoiceLimits.LIMITS,
                    () -> received == null ? 1 : 0, (fileName, content) -> {
                        received = new SroiPlans.Invoice(fileName, content);
                        error.setText("");
                        name.setText(getTranslation("sroi.upload.received", fileName));
                    }, key -> error.setText(getTranslation(key)));
            getContent().addAttachListener(attach -> {
                if (attach.isInitialAttach()) {
                    getContent().addComponentAtIndex(1, handler.field(attach.getUI(), "sroi-invoice"));
                }
            });
            getContent().add(error, name);
        }
    }
}
