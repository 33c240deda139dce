package nl.werkbrug.casework.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.subsidies.AttachmentInfo;
import nl.werkbrug.subsidies.DecisionDraft;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.tenancy.CurrentTenant;
import org.jspecify.annotations.Nullable;
import nl.werkbrug.shared.ui.Facts;

/**
 * One request for the deciding consultant: the employee's personal data (opening it is audited), documents,
 * questions, and the decision with reasons; maatwerk waits for a second consultant.
 */
@Route("gemeente/:tenant/aanvragen/:id")
@RolesAllowed("CONSULTANT")
class SubsidyCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SubsidyDecisions decisions;
    private final CurrentTenant currentTenant;
    private String title = "";

    SubsidyCaseView(SubsidyDecisions decisions, CurrentTenant currentTenant) {
        this.decisions = decisions;
        this.currentTenant = currentTenant;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SubsidyRequestDetail> found = event.getRouteParameters().get("id").filter(id -> id.matches("[0-9]{1,12}"))
                .flatMap(id -> decisions.open(Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private String date(java.time.@Nullable LocalDate day) {
        return Formats.of(getLocale()).date(day);
    }

    private void show(SubsidyRequestDetail request) {
        removeAll();
        String tenant = currentTenant.require();
        title = request.reference() + " " + request.instrumentName();
        DescriptionList facts = new DescriptionList();
        Facts.term(this, facts, "subsidy.status", getTranslation(request.status().labelKey())).setId("case-status");
        Facts.term(this, facts, "subsidy.employer", request.employerName());
        Facts.term(this, facts, "subsidy.employee.name", text(request.employeeName()));
        Facts.term(this, facts, "subsidy.employee.birth-date", date(request.employeeBirthDate()));
        Facts.term(this, facts, "subsidy.employee.bsn", text(request.bsn())).setId("case-bsn");
        Facts.term(this, facts, "subsidy.contract.start", date(request.contractStart()));
        Facts.term(this, facts, "subsidy.contract.end", date(request.contractEnd()));
        Formats formats = Formats.of(getLocale());
        Facts.term(this, facts, "subsidy.contract.hours", formats.number(request.hoursPerWeek()));
        Facts.term(this, facts, "subsidy.contract.wage", formats.money(request.monthlyWage()));
        if (request.loonwaardePercent() != null || request.loonwaardemetingRequested()) {
            Facts.term(this, facts, "subsidy.lks.loonwaarde", request.loonwaardemetingRequested()
                    ? getTranslation("subsidy.lks.meting") : formats.percentage(request.loonwaardePercent()));
        }
        if (request.coachKind() != null) {
            Facts.term(this, facts, "subsidy.coach.kind", getTranslation(request.coachKind().labelKey()));
            Facts.term(this, facts, "subsidy.coach.hours", formats.number(request.coachHoursPerMonth()));
        }
        Facts.term(this, facts, "subsidy.submitted-on", date(request.submittedOn()));
        String deadline = request.suspended() ? getTranslation("subsidy.deadline.suspended")
                : request.deadline() == null ? "" : request.overdue()
                ? getTranslation("subsidy.deadline.overdue", date(request.deadline())) : date(request.deadline());
        var deadlineValue = Facts.term(this, facts, "subsidy.deadline", deadline);
        deadlineValue.setId("case-deadline");
        if (request.overdue()) {
            deadlineValue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        Facts.term(this, facts, "subsidy.decision-term", getTranslation(request.decisionTermRule().labelKey(),
                request.decisionTermRule().labelAmount())).setId("case-decision-term");
        Facts.term(this, facts, "subsidy.catalogue-version", request.catalogueVersionId()
                + (request.catalogueOverrideVersionId() == null ? "" : "/" + request.catalogueOverrideVersionId()));
        add(new H1(title), facts);

        if (!request.attachments().isEmpty()) {
            add(new H2(getTranslation("subsidy.form.documents")));
            UnorderedList documents = new UnorderedList();
            for (AttachmentInfo document : request.attachments()) {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> decisions.attachment(request.id(), document.id())
                        .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName(),
                                document.contentType(), bytes.length)).orElse(DownloadResponse.error(404))), document.fileName());
                documents.add(new ListItem(link));
            }
            add(documents);
        }
        add(new SubsidyTermsSection(request, decisions, this::show));
        if ("loonkostensubsidie".equals(request.instrumentCode())) {
            add(new LoonwaardemetingSection(request, decisions, this::show));
        } else if ("jobcoaching".equals(request.instrumentCode())) {
            add(new CoachingPlanSection(request, decisions, this::show));
        }
        boolean deciding = request.status() == SubsidyStatus.INGEDIEND || request.status() == SubsidyStatus.IN_BEHANDELING;
        if (request.awaitingApproval()) {
            add(new H2(getTranslation("subsidy.approval")));
            add(new Paragraph(getTranslation("subsidy.approval.pending", getTranslation(request.decisionOutcome().labelKey()),
                    text(request.proposedBy()), text(request.decisionReasons()))));
            UnorderedList departures = new UnorderedList();
            departures.setId("departures");
            request.departures().forEach(departure -> departures.add(new ListItem(
                    getTranslation(departure.messageKey(), departure.args().toArray()))));
            add(new Paragraph(getTranslation("subsidy.approval.departures")), departures);
            Button approve = new Button(getTranslation("subsidy.approve"), click -> act(() -> decisions.approve(request.id())));
            approve.setId("approve");
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            add(approve);
        } else if (deciding) {
            if (request.status() == SubsidyStatus.INGEDIEND) {
                Button start = new Button(getTranslation("subsidy.start-handling"), click -> act(() -> decisions.startHandling(request.id())));
                start.setId("start-handling");
                add(start);
            }
            add(new H2(getTranslation("subsidy.ask")));
            TextArea question = new TextArea(getTranslation("subsidy.ask.question"));
            question.setId("question");
            question.setWidthFull();
            question.setMaxLength(4000);
            Button ask = new Button(getTranslation("subsidy.ask.send"), click -> {
                try {
                    show(decisions.askForInformation(request.id(), question.getValue()));
                } catch (InvalidInputException invalid) {
                    question.setErrorMessage(getTranslation("subsidy.error.required"));
                    question.setInvalid(true);
                }
            });
            ask.setId("ask");
            add(question, ask);

            add(new H2(getTranslation("subsidy.decide")));
            RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("subsidy.decide.outcome"));
            outcome.setId("outcome");
            outcome.setItems(Boolean.TRUE, Boolean.FALSE);
            outcome.setItemLabelGenerator(granted -> getTranslation(granted ? "subsidy.status.toegekend" : "subsidy.status.afgewezen"));
            TextArea reasons = new TextArea(getTranslation("subsidy.decide.reasons"));
            reasons.setId("reasons");
            reasons.setWidthFull();
            reasons.setMaxLength(4000);
            BigDecimalField amount = new BigDecimalField(getTranslation("subsidy.decide.amount"));
            amount.setId("monthly-amount");
            amount.setHelperText(getTranslation("subsidy.decide.amount.help"));
            BigDecimalField loonwaarde = new BigDecimalField(getTranslation("subsidy.decide.loonwaarde"));
            loonwaarde.setId("established-loonwaarde");
            // a granted loonkostensubsidie rests on the recorded meting; this field only records a refusal's finding
            loonwaarde.setVisible(false);
            Checkbox flatRate = new Checkbox(getTranslation("subsidy.decide.flat-rate"));
            flatRate.setId("flat-rate-start");
            flatRate.setVisible(decisions.flatRateStart(request.instrumentCode()).isPresent());
            Button decide = new Button(getTranslation("subsidy.decide.save"), click -> {
                if (outcome.getValue() == null) {
                    outcome.setErrorMessage(getTranslation("subsidy.error.required"));
                    outcome.setInvalid(true);
                    return;
                }
                try {
                    show(decisions.decide(request.id(), new DecisionDraft(outcome.getValue(), reasons.getValue(),
                            loonwaarde.getValue(), amount.getValue(), flatRate.getValue())));
                } catch (InvalidInputException invalid) {
                    invalid.problems().forEach(problem -> {
                        HasValidation field = switch (problem.field()) {
                            case "establishedLoonwaarde" -> loonwaarde;
                            case "monthlyAmount" -> amount;
                            case "flatRateStart" -> flatRate;
                            default -> reasons;
                        };
                        field.setErrorMessage(getTranslation(problem.messageKey(), problem.args().toArray()));
                        field.setInvalid(true);
                    });
                }
            });
            decide.setId("decide");
            decide.addThemeVariants(ButtonVariant.PRIMARY);
            add(outcome, reasons, loonwaarde, flatRate, amount, decide);
        }
        if (request.status().isDecided()) {
            add(new H2(getTranslation("subsidy.decision")));
            add(new Paragraph(text(request.decisionReasons())));
            if (request.monthlyAmount() != null) {
                add(new Paragraph(getTranslation("subsidy.decision.amount", Formats.of(getLocale()).money(request.monthlyAmount()))));
            }
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(download -> decisions.decisionLetter(request.id())
                    .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "beschikking-" + tenant + "-" + request.id() + ".pdf",
                            "application/pdf", pdf.length)).orElse(DownloadResponse.error(404))), getTranslation("subsidy.letter.download"));
            letter.setId("decision-letter");
            letter.getElement().setAttribute("download", true);
            add(letter);
        }
        add(new Anchor("gemeente/" + tenant + "/aanvragen", getTranslation("subsidy.back")));
    }

    private void act(java.util.function.Supplier<SubsidyRequestDetail> action) {
        try {
            show(action.get());
        } catch (InvalidInputException invalid) {
            var first = invalid.problems().getFirst();
            Paragraph problem = new Paragraph(getTranslation(first.messageKey(), first.args().toArray()));
            problem.setId("case-error");
            problem.getElement().setAttribute("role", "alert");
            addComponentAsFirst(problem);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
