package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.AwbTerms;
import nl.werkbrug.subsidies.InformationRequest;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import org.jspecify.annotations.Nullable;

/**
 * The Awb's terms for the deciding consultant: the questions with their answer term (4:5) and, once it passed
 * unanswered, the decision to set the request aside; one extension of the decision term (4:14); and the employer's
 * notice of default with the penalty accrued so far (4:17).
 */
class SubsidyTermsSection extends Composite<Div> {

    private final SubsidyDecisions decisions;
    private final Consumer<SubsidyRequestDetail> shown;

    SubsidyTermsSection(SubsidyRequestDetail request, SubsidyDecisions decisions, Consumer<SubsidyRequestDetail> shown) {
        this.decisions = decisions;
        this.shown = shown;
        Div root = getContent();
        if (!request.informationRequests().isEmpty()) {
            root.add(new H2(getTranslation("subsidy.questions")));
        }
        for (InformationRequest question : request.informationRequests()) {
            root.add(new Paragraph(getTranslation("subsidy.question.asked", date(question.askedOn()), question.question())));
            if (question.answer() != null) {
                root.add(new Paragraph(getTranslation("frontdoor.case.employer-answered", date(question.answeredOn()), question.answer())));
            } else if (question.answerDue() != null) {
                Paragraph due = new Paragraph(getTranslation(request.awb().setAsidePossible() ? "subsidy.question.due-passed"
                        : "subsidy.question.due", date(question.answerDue())));
                due.setId("case-answer-due");
                root.add(due);
            }
        }
        AwbTerms awb = request.awb();
        if (awb.noticeReceived() != null) {
            Paragraph penalty = new Paragraph(getTranslation("subsidy.awb.penalty", date(awb.noticeReceived()),
                    date(awb.penaltyFrom()), Formats.of(getLocale()).money(awb.penalty())));
            penalty.setId("case-penalty");
            root.add(penalty);
        }
        if (awb.extension() != null) {
            Paragraph extended = new Paragraph(getTranslation("subsidy.awb.extended", date(awb.extension().givenOn()),
                    date(request.deadline()), awb.extension().reason()));
            extended.setId("case-extension");
            root.add(extended);
        }
        if (awb.setAsidePossible()) {
            TextArea reasons = new TextArea(getTranslation("subsidy.awb.set-aside.reasons"));
            reasons.setId("set-aside-reasons");
            reasons.setWidthFull();
            reasons.setMaxLength(4000);
            Button setAside = new Button(getTranslation("subsidy.awb.set-aside.save"), click -> act(
                    () -> decisions.setAside(request.id(), reasons.getValue()), reasons, reasons));
            setAside.setId("set-aside");
            root.add(new H2(getTranslation("subsidy.awb.set-aside")), reasons, setAside);
        }
        if (awb.extensionPossible()) {
            DatePicker newDate = new DatePicker(getTranslation("subsidy.awb.extend.date"));
            newDate.setId("extend-date");
            newDate.setLocale(getLocale());
            TextArea reason = new TextArea(getTranslation("subsidy.awb.extend.reason"));
            reason.setId("extend-reason");
            reason.setWidthFull();
            reason.setMaxLength(4000);
            Button extend = new Button(getTranslation("subsidy.awb.extend.save"), click -> act(
                    () -> decisions.extendTerm(request.id(), newDate.getValue(), reason.getValue()), newDate, reason));
            extend.setId("extend");
            root.add(new H2(getTranslation("subsidy.awb.extend")), newDate, reason, extend);
        }
    }

    /** Shows the request after {@code action}, or each problem at its field: the date, else the text. */
    private void act(Supplier<SubsidyRequestDetail> action, HasValidation dateField, HasValidation textField) {
        try {
            shown.accept(action.get());
        } catch (InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                HasValidation field = "newDeadline".equals(problem.field()) ? dateField : textField;
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args().stream()
                        .map(arg -> arg instanceof LocalDate day ? date(day) : arg).toArray()));
                field.setInvalid(true);
            }
        }
    }

    private String date(@Nullable LocalDate day) {
        return Formats.of(getLocale()).date(day);
    }
}
