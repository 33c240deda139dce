package nl.werkbrug.subsidies.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.subsidies.CoachKind;
import nl.werkbrug.shared.InvalidInput;
import nl.werkbrug.subsidies.SubsidyRequestDetail;
import nl.werkbrug.subsidies.SubsidyRequestForm;
import nl.werkbrug.subsidies.SubsidyRequests;
import nl.werkbrug.subsidies.UploadRules;
import nl.werkbrug.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

/**
 * A new subsidy request, or a draft to go on with ({@code ?gemeente=hengelo&concept=12}). The employer picks the
 * employee's municipality and one of its instruments; the form then asks what that instrument needs. A wrong field
 * is marked where it is and nothing typed is lost.
 */
@Route("werkgever/aanvragen/nieuw")
@RolesAllowed("EMPLOYER")
class RequestFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private record Pending(String name, byte[] content) {
    }

    private final SubsidyRequests requests;
    private final SubsidyRequestForm form = new SubsidyRequestForm();
    private final Binder<SubsidyRequestForm> binder = new Binder<>(SubsidyRequestForm.class);
    private final Select<Tenant> municipality = new Select<>();
    private final Select<PublishedInstrument> instrument = new Select<>();
    private final TextField employeeName = new TextField();
    private final DatePicker birthDate = new DatePicker();
    private final TextField bsn = new TextField();
    private final DatePicker contractStart = new DatePicker();
    private final DatePicker contractEnd = new DatePicker();
    private final BigDecimalField hoursPerWeek = new BigDecimalField();
    private final BigDecimalField monthlyWage = new BigDecimalField();
    private final BigDecimalField loonwaarde = new BigDecimalField();
    private final Checkbox meting = new Checkbox();
    private final RadioButtonGroup<CoachKind> coachKind = new RadioButtonGroup<>();
    private final BigDecimalField coachHours = new BigDecimalField();
    private final FormLayout loonkostensubsidieFields = new FormLayout();
    private final FormLayout jobcoachingFields = new FormLayout();
    private final Upload upload = new Upload();
    private final Span uploadError = new Span();
    private final UnorderedList uploaded = new UnorderedList();
    private final List<Pending> pending = new ArrayList<>();
    private final Div applicabilityBox = new Div();
    private final Paragraph message = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private @Nullable Long draftId;
    private @Nullable String draftMunicipality;
    private @Nullable String draftInstrument;

    RequestFormView(SubsidyRequests requests) {
        this.requests = requests;
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

        employeeName.setLabel(getTranslation("subsidy.employee.name"));
        employeeName.setId("employee-name");
        employeeName.setMaxLength(200);
        birthDate.setLabel(getTranslation("subsidy.employee.birth-date"));
        birthDate.setId("birth-date");
        bsn.setLabel(getTranslation("subsidy.employee.bsn"));
        bsn.setHelperText(getTranslation("subsidy.employee.bsn.help"));
        bsn.setId("bsn");
        bsn.setMaxLength(9);
        contractStart.setLabel(getTranslation("subsidy.contract.start"));
        contractStart.setId("contract-start");
        contractEnd.setLabel(getTranslation("subsidy.contract.end"));
        contractEnd.setId("contract-end");
        hoursPerWeek.setLabel(getTranslation("subsidy.contract.hours"));
        hoursPerWeek.setId("hours-per-week");
        monthlyWage.setLabel(getTranslation("subsidy.contract.wage"));
        monthlyWage.setId("monthly-wage");
        loonwaarde.setLabel(getTranslation("subsidy.lks.loonwaarde"));
        loonwaarde.setId("loonwaarde");
        meting.setLabel(getTranslation("subsidy.lks.meting"));
        meting.setId("meting");
        coachKind.setLabel(getTranslation("subsidy.coach.kind"));
        coachKind.setId("coach-kind");
        coachKind.setItems(CoachKind.values());
        coachKind.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        coachHours.setLabel(getTranslation("subsidy.coach.hours"));
        coachHours.setId("coach-hours");

        bind();
        fields.putAll(Map.of("employeeName", employeeName, "employeeBirthDate", birthDate, "bsn", bsn,
                "contractStart", contractStart, "contractEnd", contractEnd, "hoursPerWeek", hoursPerWeek,
                "monthlyWage", monthlyWage, "loonwaardePercent", loonwaarde, "coachKind", coachKind,
                "coachHoursPerMonth", coachHours));

        loonkostensubsidieFields.add(loonwaarde, meting);
        jobcoachingFields.add(coachKind, coachHours);
        FormLayout choice = new FormLayout(municipality, instrument);
        FormLayout employee = new FormLayout(employeeName, birthDate, bsn);
        FormLayout contract = new FormLayout(contractStart, contractEnd, hoursPerWeek, monthlyWage);

        configureUpload();
        applicabilityBox.setId("applicability");
        applicabilityBox.getElement().setAttribute("role", "status");
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
                choice, new H2(getTranslation("subsidy.form.employee")), employee,
                new H2(getTranslation("subsidy.form.contract")), contract,
                loonkostensubsidieFields, jobcoachingFields,
                new H2(getTranslation("subsidy.form.documents")), new Paragraph(getTranslation("subsidy.upload.help")),
                upload, uploadError, uploaded, applicabilityBox, message, new HorizontalLayout(check, save, submit));
        showInstrumentFields();
    }

    private void bind() {
        binder.forField(employeeName).bind(SubsidyRequestForm::getEmployeeName, SubsidyRequestForm::setEmployeeName);
        binder.forField(birthDate).bind(SubsidyRequestForm::getEmployeeBirthDate, SubsidyRequestForm::setEmployeeBirthDate);
        binder.forField(bsn)
                .withValidator(value -> value == null || value.isBlank() || value.strip().matches("[0-9]{9}"),
                        getTranslation("subsidy.error.bsn-digits"))
                .withValidator(value -> value == null || value.isBlank() || SubsidyRequestForm.isValidBsn(value),
                        getTranslation("subsidy.error.bsn"))
                .bind(SubsidyRequestForm::getBsn, SubsidyRequestForm::setBsn);
        binder.forField(contractStart).bind(SubsidyRequestForm::getContractStart, SubsidyRequestForm::setContractStart);
        binder.forField(contractEnd)
                .withValidator(end -> end == null || contractStart.getValue() == null || end.isAfter(contractStart.getValue()),
                        getTranslation("subsidy.error.end-before-start"))
                .bind(SubsidyRequestForm::getContractEnd, SubsidyRequestForm::setContractEnd);
        contractStart.addValueChangeListener(change -> binder.validate());
        binder.forField(hoursPerWeek)
                .withValidator(value -> value == null || (value.signum() > 0 && value.intValue() <= 60), getTranslation("subsidy.error.hours"))
                .bind(SubsidyRequestForm::getHoursPerWeek, SubsidyRequestForm::setHoursPerWeek);
        binder.forField(monthlyWage)
                .withValidator(value -> value == null || value.signum() > 0, getTranslation("subsidy.error.positive"))
                .bind(SubsidyRequestForm::getMonthlyWage, SubsidyRequestForm::setMonthlyWage);
        binder.forField(loonwaarde)
                .withValidator(value -> value == null || (value.signum() >= 0 && value.compareTo(java.math.BigDecimal.valueOf(100)) <= 0),
                        getTranslation("subsidy.error.percentage"))
                .bind(SubsidyRequestForm::getLoonwaardePercent, SubsidyRequestForm::setLoonwaardePercent);
        binder.forField(meting).bind(SubsidyRequestForm::isLoonwaardemetingRequested, SubsidyRequestForm::setLoonwaardemetingRequested);
        binder.forField(coachKind).bind(SubsidyRequestForm::getCoachKind, SubsidyRequestForm::setCoachKind);
        binder.forField(coachHours)
                .withValidator(value -> value == null || (value.signum() > 0 && value.intValue() <= 200), getTranslation("subsidy.error.coach-hours"))
                .bind(SubsidyRequestForm::getCoachHoursPerMonth, SubsidyRequestForm::setCoachHoursPerMonth);
        binder.setBean(form);
    }

    private void configureUpload() {
        upload.setId("upload");
        upload.setMaxFileSize(UploadRules.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFiles(5);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("subsidy.upload.add")).setMany(getTranslation("subsidy.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("subsidy.upload.drop")).setMany(getTranslation("subsidy.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("subsidy.upload.too-large"))
                .setIncorrectFileType(getTranslation("subsidy.upload.wrong-type"))
                .setTooManyFiles(getTranslation("subsidy.upload.too-many")));
        upload.setI18n(i18n);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            Optional<String> problem = UploadRules.problem(metadata.contentLength(), content);
            if (problem.isPresent()) {
                showUploadError(problem.get());
            } else {
                pending.add(new Pending(metadata.fileName(), content));
                uploadError.setText("");
                uploaded.add(new ListItem(getTranslation("subsidy.upload.pending", metadata.fileName())));
            }
        }));
        upload.addFileRejectedListener(rejected -> showUploadError(
                rejected.getErrorMessage() != null && rejected.getErrorMessage().contains("10")
                        ? "subsidy.upload.too-large" : "subsidy.upload.wrong-type"));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        uploadError.setId("upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        uploaded.setId("uploaded-files");
    }

    private void showUploadError(String key) {
        uploadError.setText(getTranslation(key));
    }

    private void showInstrumentFields() {
        String code = instrument.getValue() == null ? "" : instrument.getValue().code();
        loonkostensubsidieFields.setVisible(SubsidyRequestForm.LOONKOSTENSUBSIDIE.equals(code));
        jobcoachingFields.setVisible(SubsidyRequestForm.JOBCOACHING.equals(code));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Optional<String> tenant = query.getSingleParameter("gemeente");
        Optional<Long> concept = query.getSingleParameter("concept").filter(value -> value.matches("[0-9]{1,12}")).map(Long::valueOf);
        if (tenant.isEmpty() || concept.isEmpty()) {
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
        draftMunicipality = found.municipality();
        draftInstrument = found.instrumentCode();
        requests.municipalities().stream().filter(t -> t.id().equals(found.municipality())).findFirst().ifPresent(municipality::setValue);
        instrument.getListDataView().getItems().filter(i -> i.code().equals(found.instrumentCode())).findFirst()
                .ifPresent(instrument::setValue);
        municipality.setReadOnly(true);
        instrument.setReadOnly(true);
        binder.setBean(found.toForm());
        found.attachments().forEach(document -> uploaded.add(new ListItem(document.fileName())));
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
        applicabilityBox.removeAll();
        Optional<Applicability> result = requests.applicability(tenant, code, binder.getBean());
        if (result.isEmpty()) {
            return false;
        }
        Applicability applicability = result.get();
        String key = switch (applicability.outcome()) {
            case APPLIES -> "subsidy.applicability.applies";
            case UNKNOWN -> "subsidy.applicability.unknown";
            case DOES_NOT_APPLY -> "subsidy.applicability.does-not-apply";
        };
        applicabilityBox.add(new Paragraph(getTranslation(key)));
        UnorderedList reasons = new UnorderedList();
        applicability.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.key(), reason.arguments().toArray()))));
        if (applicability.toCheck() != null) {
            reasons.add(new ListItem(getTranslation("subsidy.applicability.to-check", applicability.toCheck())));
        }
        applicabilityBox.add(reasons);
        return applicability.outcome() == Applicability.Outcome.DOES_NOT_APPLY;
    }

    private Optional<SubsidyRequestDetail> save() {
        Optional<String[]> choice = chosen();
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        if (!binder.validate().isOk()) {
            message.setText(getTranslation("subsidy.form.invalid"));
            return Optional.empty();
        }
        try {
            SubsidyRequestDetail saved = requests.saveDraft(choice.get()[0], draftId, choice.get()[1], binder.getBean());
            draftId = saved.id();
            draftMunicipality = saved.municipality();
            draftInstrument = saved.instrumentCode();
            for (Pending document : List.copyOf(pending)) {
                requests.attach(saved.municipality(), saved.id(), document.name(), document.content());
                pending.remove(document);
            }
            municipality.setReadOnly(true);
            instrument.setReadOnly(true);
            uploadError.setText("");
            return Optional.of(saved);
        } catch (InvalidInput invalid) {
            showProblems(invalid);
            return Optional.empty();
        }
    }

    private void showProblems(InvalidInput invalid) {
        invalid.problems().forEach(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey()));
                field.setInvalid(true);
            } else if ("upload".equals(problem.field())) {
                showUploadError(problem.messageKey());
            }
        });
        message.setText(getTranslation("subsidy.form.invalid"));
    }

    private void saveDraft() {
        save().ifPresent(saved -> message.setText(getTranslation("subsidy.form.saved")));
    }

    private void submit() {
        Optional<String[]> choice = chosen();
        if (choice.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = binder.getBean().problems(choice.get()[1]);
        if (!binder.validate().isOk() || !problems.isEmpty()) {
            showProblems(new InvalidInput(problems));
            return;
        }
        boolean cannotQualify = showApplicability(choice.get()[0], choice.get()[1]);
        if (cannotQualify && !Boolean.TRUE.equals(ComponentUtilFlag.get(this))) {
            ComponentUtilFlag.set(this);
            message.setText(getTranslation("subsidy.applicability.confirm"));
            return;
        }
        save().ifPresent(saved -> {
            try {
                SubsidyRequestDetail submitted = requests.submit(saved.municipality(), saved.id());
                getUI().ifPresent(ui -> ui.navigate("werkgever/aanvragen/" + submitted.municipality() + "/" + submitted.id()));
            } catch (InvalidInput invalid) {
                showProblems(invalid);
            }
        });
    }

    /** Remembers that the employer was warned once that the request cannot qualify. */
    private static final class ComponentUtilFlag {
        static Boolean get(RequestFormView view) {
            return (Boolean) com.vaadin.flow.component.ComponentUtil.getData(view, "warned");
        }

        static void set(RequestFormView view) {
            com.vaadin.flow.component.ComponentUtil.setData(view, "warned", Boolean.TRUE);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.form.title") + " - " + getTranslation("app.name");
    }
}
