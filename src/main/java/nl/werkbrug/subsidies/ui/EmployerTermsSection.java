package nl.werkbrug.subsidies.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.AwbTerms;
import nl.werkbrug.subsidies.InformationRequest;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequests;

/**
 * What the employer sees of the Awb's terms: each question with the day to answer by (4:5), the extension of the
 * decision term with its reason (4:14), and, once the term has passed, how to give notice of default and what it
 * costs the municipality (4:17).
 */
class EmployerTermsSection extends Composite<Div> {

    EmployerTermsSection(SubsidyRequestDetail request, SubsidyRequests requests, Consumer<SubsidyRequestDetail> shown) {
        Div root = getContent();
        if (!request.informationRequests().isEmpty()) {
            root.add(new H2(getTranslation("subsidy.questions")));
            for (InformationRequest question : request.informationRequests()) {
                Div item = new Div(new Paragraph(getTranslation("subsidy.question.asked",
                        SubsidyTexts.date(this, question.askedOn()), question.question())));
                item.addClassName("subsidy-question");
                if (question.answer() != null) {
                    item.add(new Paragraph(getTranslation("subsidy.question.answered",
                            SubsidyTexts.date(this, question.answeredOn()), question.answer())));
                } else if (question.answerDue() != null) {
                    Paragraph due = new Paragraph(getTranslation("subsidy.question.due", SubsidyTexts.date(this, question.answerDue())));
                    due.addClassName("subsidy-answer-due");
                    item.add(due);
                }
                root.add(item);
            }
        }
        AwbTerms awb = request.awb();
        if (awb.extension() != null) {
            Paragraph extended = new Paragraph(getTranslation("subsidy.awb.extended",
                    SubsidyTexts.date(this, awb.extension().givenOn()), SubsidyTexts.date(this, request.deadline()),
                    awb.extension().reason()));
            extended.setId("request-extension");
            root.add(extended);
        }
        if (awb.noticeReceived() != null) {
            Paragraph penalty = new Paragraph(getTranslation("subsidy.awb.penalty", SubsidyTexts.date(this, awb.noticeReceived()),
                    SubsidyTexts.date(this, awb.penaltyFrom()), Formats.of(getLocale()).money(awb.penalty())));
            penalty.setId("request-penalty");
            root.add(penalty);
        } else if (awb.noticePossible()) {
            Paragraph error = new Paragraph();
            error.getElement().setAttribute("role", "alert");
            Button notice = new Button(getTranslation("subsidy.awb.notice.send"), click -> {
                try {
                    shown.accept(requests.giveNoticeOfDefault(request.municipality(), request.id()));
                } catch (InvalidInputException invalid) {
                    error.setText(getTranslation(invalid.problems().getFirst().messageKey()));
                }
            });
            notice.setId("give-notice");
            root.add(new H2(getTranslation("subsidy.awb.notice")), new Paragraph(getTranslation("subsidy.awb.notice.explain")),
                    notice, error);
        }
    }
}
