package nl.werkbrug.subsidies.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import nl.werkbrug.subsidies.UploadRules;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.shared.ui.Confirmation;
import nl.werkbrug.shared.ui.Facts;

/**
 * One of the employer's requests: status, deadline, the municipality's questions with a place to answer, withdrawal,
 * and the decision letter once decided. The route names the deciding municipality; a request of another employer or
 * another municipality is not found.
 */
@Route("werkgever/aanvragen/:gemeente/:id")
@RolesAllowed("EMPLOYER")
class EmployerRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SubsidyRequests requests;
    /** Query parameter the request form adds after a successful submission: the confirmation shows once. */
    static final String SUBMITTED = "ingediend";

    private String title = "";
    private boolean justSubmitted;

    EmployerRequestView(SubsidyRequests requests) {
        this.requests = requests;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        justSubmitted = event.getLocation().getQueryParameters().getParameters().containsKey(SUBMITTED);
        String municipality = event.getRouteParameters().get("gemeente").orElse("");
        Optional<SubsidyRequestDetail> found = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,12}"))
                .flatMap(id -> requests.find(municipality, Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(SubsidyRequestDetail request) {
        removeAll();
        title = request.instrumentName() + " - " + request.municipalityName();
        H1 heading = new H1(title);
        if (justSubmitted && request.reference() != null) {
            Paragraph confirmation = new Paragraph(getTranslation("frontdoor.submitted", request.reference(),
                    request.municipalityName(), SubsidyTexts.date(this, request.deadline())));
            confirmation.setId("submitted-confirmation");
            confirmation.getElement().setAttribute("role", "status");
            confirmation.addClassName("werkbrug-notice");
            add(confirmation);
            justSubmitted = false;
        }
        DescriptionList facts = new DescriptionList();
        Facts.term(this, facts, "subsidy.reference", request.reference() == null
                ? getTranslation("frontdoor.reference.none") : request.reference()).setId("request-reference");
        Facts.term(this, facts, "subsidy.status", getTranslation(request.status().labelKey())).setId("request-status");
        Facts.term(this, facts, "subsidy.employee", request.employeeName() == null ? "" : request.employeeName());
        Facts.term(this, facts, "subsidy.employee.bsn", request.bsn() == null ? "" : request.bsn()).setId("request-bsn");
        Facts.term(this, facts, "subsidy.submitted-on", SubsidyTexts.date(this, request.submittedOn()));
        facts.add(new DescriptionList.Term(getTranslation("subsidy.deadline")));
        DescriptionList.Description deadline = new DescriptionList.Description(SubsidyTexts.deadline(this,
                request.deadline(), request.overdue(), request.suspended(), !request.status().isOpen()));
        deadline.setId("request-deadline");
        facts.add(deadline);
        Facts.term(this, facts, "subsidy.decision-term", getTranslation(request.decisionTermRule().labelKey(),
                request.decisionTermRule().labelAmount())).setId("request-decision-term");
        add(heading, facts);

        if (request.status() == SubsidyStatus.CONCEPT) {
            add(new Anchor("werkgever/aanvragen/nieuw?gemeente=" + request.municipality() + "&concept=" + request.id(),
                    getTranslation("subsidy.edit-draft")));
        }
        add(new EmployerTermsSection(request, requests, this::show));
        if (request.status() == SubsidyStatus.INFORMATIE_GEVRAAGD) {
            TextArea answer = new TextArea(getTranslation("subsidy.answer"));
            answer.setId("answer");
            answer.setWidthFull();
            answer.setMaxLength(4000);
            Button send = new Button(getTranslation("subsidy.answer.send"), click -> {
                try {
                    show(requests.answer(request.municipality(), request.id(), answer.getValue()));
                } catch (InvalidInputException invalid) {
                    answer.setErrorMessage(getTranslation("subsidy.error.required"));
                    answer.setInvalid(true);
                }
            });
            send.setId("send-answer");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            add(answer, documentUpload(request), send);
        }
        if (request.status().isDecided()) {
            add(new H2(getTranslation("subsidy.decision")));
            add(new Paragraph(request.decisionReasons() == null ? "" : request.decisionReasons()));
            Anchor letter = LetterLink.of(requests, request.municipality(), request.id(), request.reference(),
                    getTranslation("subsidy.letter.download"));
            letter.setId("decision-letter");
            add(letter);
        }
        if (request.status() == SubsidyStatus.CONCEPT || request.status().isOpen()) {
            Button withdraw = new Button(getTranslation("subsidy.withdraw"), click -> Confirmation.ask(this,
                    "frontdoor.withdraw", () -> show(requests.withdraw(request.municipality(), request.id()))));
            withdraw.setId("withdraw");
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            add(withdraw);
        }
        add(new Anchor("werkgever/aanvragen", getTranslation("subsidy.back")));
    }

    /** Documents sent with the answer are stored at once; a wrong file gets its message under the upload. */
    private Div documentUpload(SubsidyRequestDetail request) {
        Span error = new Span();
        error.setId("upload-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Paragraph stored = new Paragraph();
        stored.setId("upload-stored");
        stored.getElement().setAttribute("role", "status");
        Upload upload = DocumentUploadHandler.field(UI.getCurrent(), new DocumentUploadHandler(
                () -> UploadRules.MAX_FILES - request.attachments().size(), (fileName, content) -> {
                    try {
                        requests.attach(request.municipality(), request.id(), fileName, content);
                        error.setText("");
                        stored.setText(getTranslation("subsidy.upload.stored", fileName));
                    } catch (InvalidInputException invalid) {
                        error.setText(getTranslation(invalid.problems().getFirst().messageKey()));
                    }
                }, key -> error.setText(getTranslation(key))));
        return new Div(new Paragraph(getTranslation("subsidy.upload.help")), upload, error, stored);
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
