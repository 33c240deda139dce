package nl.werkbrug.subsidies.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.catalogue.ui.ApplicabilityBox;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

/**
 * A new subsidy request, or a draft to go on with ({@code ?gemeente=hengelo&concept=12}). The employer picks the
 * employee's municipality and one of its instruments; the form then asks what that instrument needs.
 * {@link SubsidyRequestForm} judges the input while it is typed; a wrong field is marked where it is and nothing
 * typed is lost.
 */
@Route("werkgever/aanvragen/nieuw")
@RolesAllowed("EMPLOYER")
class RequestFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SubsidyRequests requests;
    private final Clock clock;
    private final Binder<SubsidyRequestForm> binder = new Binder<>(SubsidyRequestForm.class);
    private final Select<Tenant> municipality = new Select<>();
    private final Select<PublishedInstrument> instrument = new Select<>();
    private final Paragraph message = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, message);
    private final RequestSection loonkostensubsidie = new RequestSection.Loonkostensubsidie(binder, problems);
    private final RequestSection jobcoaching = new RequestSection.Jobcoaching(binder, problems);
    private final RequestSection.Contract contract = new RequestSection.Contract(binder, problems);
    private final UploadSection uploads = new UploadSection();
    private final ApplicabilityBox applicabilityBox = new ApplicabilityBox("subsidy.applicability", "applicability");
    /** The rules checked while typing: a draft's at first, all of them once the employer tried to submit. */
    private BiFunction<SubsidyRequestForm, String, List<FieldProblem>> rules;
    private @Nullable Long draftId;
    /** The employer was warned once that the request cannot qualify. */
    private boolean warned;

    RequestFormView(SubsidyRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.rules = this::draftProblems;
        addClassName("werkbrug-page");

        municipality.setLabel(getTranslation("subsidy.municipality"));
        municipality.setHelperText(getTranslation("subsidy.municipality.help"));
        municipality.setId("municipality");
        municipality.setItems(requests.municipalities());
        municipality.setItemLabelGenerator(Tenant::shortName);
        municipality.addValueChangeListener(change -> {
            instrument.setItems(change.getValue() == null ? List.of() : requests.instruments(change.getValue().id()));
            showInstrumentFields();
        });
        instrument.setLabel(getTranslation("subsidy.instrument"));
        instrument.setId("instrument");
        instrument.setItemLabelGenerator(PublishedInstrument::name);
        instrument.addValueChangeListener(change -> showInstrumentFields());

        message.setId("form-message");
        message.getElement().setAttribute("role", "status");

        Button check = new Button(getTranslation("subsidy.check"), click -> checkApplicability());
        check.setId("check");
        Button save = new Button(getTranslation("subsidy.save-draft"), click -> saveDraft());
        save.setId("save-draft");
        Button submit = new Button(getTranslation("subsidy.submit"), click -> submit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);

        add(new H1(getTranslation("subsidy.form.title")), new Paragraph(getTranslation("subsidy.form.intro")),
                new FormLayout(municipality, instrument), new RequestSection.Employee(binder, problems),
                contract, loonkostensubsidie, jobcoaching,
                uploads, applicabilityBox, message, new HorizontalLayout(check, save, submit));
        binder.setBean(new SubsidyRequestForm());
        binder.addValueChangeListener(change -> problems.mark(rules.apply(binder.getBean(), instrumentCode())));
        showInstrumentFields();
    }

    private List<FieldProblem> draftProblems(SubsidyRequestForm form, String code) {
        return form.draftProblems(code, LocalDate.now(clock));
    }

    private String instrumentCode() {
        return instrument.getValue() == null ? "" : instrument.getValue().code();
    }

    private void showInstrumentFields() {
        loonkostensubsidie.setVisible(SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(instrumentCode()));
        jobcoaching.setVisible(SubsidyRequestForm.JOBCOACHING.equals(instrumentCode()));
        contract.askWage(!SubsidyRequestForm.PROEFPLAATSING.equals(instrumentCode()));
        problems.markRequired(new SubsidyRequestForm().problems(instrumentCode(), LocalDate.now(clock)).stream()
                .filter(problem -> problem.messageKey().equals("subsidy.error.required")).map(FieldProblem::field).toList());
    }

    /**
     * What the front door's answers tell ({@code ?gemeente=hengelo&regeling=jobcoaching&uren=32}), or a hire in the
     * employer's referrals ({@code &plaatsing=<referral>}), filled in.
     */
    private void preFill(com.vaadin.flow.router.QueryParameters query) {
        query.getSingleParameter("gemeente").flatMap(tenant -> requests.municipalities().stream()
                .filter(t -> t.id().equals(tenant)).findFirst()).ifPresent(municipality::setValue);
        query.getSingleParameter("regeling").flatMap(code -> instrument.getListDataView().getItems()
                .filter(i -> i.code().equals(code)).findFirst()).ifPresent(instrument::setValue);
        query.getSingleParameter("uren").filter(hours -> hours.matches("[0-9]{1,2}([.,][0-9])?"))
                .ifPresent(hours -> binder.getBean().setHoursPerWeek(new java.math.BigDecimal(hours.replace(',', '.'))));
        // filed from a hire in the employer's referrals: the request names that placement
        query.getSingleParameter("plaatsing").filter(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"))
                .ifPresent(id -> binder.getBean().setPlacement(java.util.UUID.fromString(id)));
        binder.setBean(binder.getBean());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Optional<String> tenant = query.getSingleParameter("gemeente");
        Optional<Long> concept = query.getSingleParameter("concept").filter(value -> value.matches("[0-9]{1,12}")).map(Long::valueOf);
        if (tenant.isEmpty() || concept.isEmpty()) {
            preFill(query);
            return;
        }
        Optional<SubsidyRequestDetail> draft = requests.find(tenant.get(), concept.get())
                .filter(found -> found.status() == nl.werkbrug.subsidies.SubsidyStatus.CONCEPT);
        if (draft.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        SubsidyRequestDetail found = draft.get();
        draftId = found.id();
        requests.municipalities().stream().filter(t -> t.id().equals(found.municipality())).findFirst().ifPresent(municipality::setValue);
        instrument.getListDataView().getItems().filter(i -> i.code().equals(found.instrumentCode())).findFirst()
                .ifPresent(instrument::setValue);
        municipality.setReadOnly(true);
        instrument.setReadOnly(true);
        binder.setBean(found.toForm());
        found.attachments().forEach(document -> uploads.showAttached(document.fileName()));
    }

    private Optional<String[]> chosen() {
        if (municipality.getValue() == null) {
            municipality.setInvalid(true);
            municipality.setErrorMessage(getTranslation("subsidy.error.required"));
        }
        if (instrument.getValue() == null) {
            instrument.setInvalid(true);
            instrument.setErrorMessage(getTranslation("subsidy.error.required"));
        }
        if (municipality.getValue() == null || instrument.getValue() == null) {
            message.setText(getTranslation("subsidy.form.invalid"));
            return Optional.empty();
        }
        municipality.setInvalid(false);
        instrument.setInvalid(false);
        return Optional.of(new String[] {municipality.getValue().id(), instrument.getValue().code()});
    }

    private void checkApplicability() {
        chosen().ifPresent(choice -> showApplicability(choice[0], choice[1]));
    }

    /** Shows whether the request can qualify; true when it cannot. */
    private boolean showApplicability(String tenant, String code) {
        applicabilityBox.clear();
        return requests.applicability(tenant, code, binder.getBean()).map(applicabilityBox::show).orElse(false);
    }

    private Optional<SubsidyRequestDetail> save() {
        Optional<String[]> choice = chosen();
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        if (!problems.show(draftProblems(binder.getBean(), choice.get()[1]), "subsidy.form.invalid")) {
            return Optional.empty();
        }
        try {
            SubsidyRequestDetail saved = requests.saveDraft(choice.get()[0], draftId, choice.get()[1], binder.getBean());
            draftId = saved.id();
            for (UploadSection.Pending document : uploads.pending()) {
                requests.attach(saved.municipality(), saved.id(), document.name(), document.content());
                uploads.attached(document);
            }
            municipality.setReadOnly(true);
            instrument.setReadOnly(true);
            uploads.clearError();
            return Optional.of(saved);
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
            return Optional.empty();
        }
    }

    private void showProblems(InvalidInputException invalid) {
        invalid.problems().stream().filter(problem -> "upload".equals(problem.field()))
                .forEach(problem -> uploads.showError(problem.messageKey()));
        problems.show(invalid.problems().stream().filter(problem -> !"upload".equals(problem.field())).toList(),
                "subsidy.form.invalid");
    }

    private void saveDraft() {
        save().ifPresent(saved -> message.setText(getTranslation("subsidy.form.saved")));
    }

    private void submit() {
        Optional<String[]> choice = chosen();
        if (choice.isEmpty()) {
            return;
        }
        rules = (form, code) -> form.problems(code, LocalDate.now(clock));
        if (!problems.show(rules.apply(binder.getBean(), choice.get()[1]), "subsidy.form.invalid")) {
            problems.focusFirst();
            return;
        }
        boolean cannotQualify = showApplicability(choice.get()[0], choice.get()[1]);
        if (cannotQualify && !warned) {
            warned = true;
            message.setText(getTranslation("subsidy.applicability.confirm"));
            return;
        }
        save().ifPresent(saved -> {
            try {
                SubsidyRequestDetail submitted = requests.submit(saved.municipality(), saved.id());
                getUI().ifPresent(ui -> ui.navigate("werkgever/aanvragen/"
                        + submitted.municipality() + "/" + submitted.id(),
                        com.vaadin.flow.router.QueryParameters.of(EmployerRequestView.SUBMITTED, "ja")));
            } catch (InvalidInputException invalid) {
                showProblems(invalid);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.form.title") + " - " + getTranslation("app.name");
    }
}
