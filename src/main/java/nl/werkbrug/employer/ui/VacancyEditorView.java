package nl.werkbrug.employer.ui;

import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyStatus;
import nl.werkbrug.shared.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * Writing a vacancy: save it as concept, publish it, close it, reopen it. Every check shows a Dutch message at its
 * field and nothing typed is lost. Route {@code werkgever/vacatures/nieuw} starts a new one.
 */
@Route("werkgever/vacatures/:id")
@RolesAllowed("EMPLOYER")
class VacancyEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    private final Vacancies vacancies;
    private final Binder<VacancyForm> binder = new Binder<>();
    private VacancyForm form = new VacancyForm();
    private @Nullable VacancyDetail vacancy;

    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Paragraph formError = new Paragraph();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Occupation> occupation = new ComboBox<>();
    private final NumberField hours = new NumberField();
    private final TextField postcode = new TextField();
    private final TextField place = new TextField();
    private final RadioButtonGroup<ContractType> contractType = new RadioButtonGroup<>();
    private final IntegerField contractMonths = new IntegerField();
    private final DatePicker startDate;
    private final DatePicker validThrough;
    private final TextArea requirements = new TextArea();
    private final TextArea skills = new TextArea();
    private final TextArea adjustments = new TextArea();
    private final IntegerField places = new IntegerField();
    private final Checkbox sroi = new Checkbox();
    private final Checkbox banenafspraak = new Checkbox();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button close = new Button();
    private final Button reopen = new Button();

    VacancyEditorView(Vacancies vacancies, Occupations occupations) {
        this.vacancies = vacancies;
        addClassName("werkbrug-page");
        setId("vacancy-editor");
        startDate = DutchDatePicker.create(this, "start-date", "vacancy.start-date");
        validThrough = DutchDatePicker.create(this, "valid-through", "vacancy.valid-through");

        label(title, "title", "vacancy.title");
        title.setMaxLength(200);
        label(description, "description", "vacancy.description");
        description.setHelperText(getTranslation("vacancy.description.help"));
        description.setMinHeight("10em");
        occupation.setId("occupation");
        occupation.setLabel(getTranslation("vacancy.occupation"));
        occupation.setHelperText(getTranslation("vacancy.occupation.help"));
        occupation.setItems(occupations.all());
        occupation.setItemLabelGenerator(Occupation::label);
        label(hours, "hours", "vacancy.hours");
        // Limits are checked by the Binder, so the messages are ours and in Dutch; the field only reports bad input.
        hours.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-number")));
        label(postcode, "postcode", "vacancy.postcode");
        postcode.setHelperText(getTranslation("employer.register.postcode.help"));
        label(place, "place", "vacancy.place");
        contractType.setId("contract-type");
        contractType.setLabel(getTranslation("vacancy.contract-type"));
        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(type -> getTranslation("vacancy.contract-type." + type.name()));
        label(contractMonths, "contract-months", "vacancy.contract-months");
        contractMonths.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-whole-number")));
        label(requirements, "requirements", "vacancy.requirements");
        label(skills, "skills", "vacancy.skills");
        skills.setHelperText(getTranslation("vacancy.skills.help"));
        label(adjustments, "adjustments", "vacancy.adjustments");
        adjustments.setHelperText(getTranslation("vacancy.adjustments.help"));
        label(places, "places", "vacancy.places");
        places.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-whole-number")));
        sroi.setId("sroi");
        sroi.setLabel(getTranslation("vacancy.sroi"));
        banenafspraak.setId("banenafspraak");
        banenafspraak.setLabel(getTranslation("vacancy.banenafspraak"));
        contractType.addValueChangeListener(event -> contractMonths.setVisible(event.getValue() == ContractType.TEMPORARY));
        bind();

        status.setId("vacancy-status");
        message.setId("vacancy-message");
        message.getElement().setAttribute("role", "status");
        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("werkbrug-form-error");
        button(save, "vacancy-save", "vacancy.save", this::saveOnly);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(publish, "vacancy-publish", "vacancy.publish", () -> saveThen(id -> vacancies.publish(id), "vacancy.published"));
        button(close, "vacancy-close", "vacancy.close", () -> transition(vacancies::close, "vacancy.closed"));
        button(reopen, "vacancy-reopen", "vacancy.reopen", () -> transition(vacancies::reopen, "vacancy.reopened"));

        add(heading, status, message,
                new H2(getTranslation("vacancy.section.job")), layout(title, occupation, hours, places, description),
                new H2(getTranslation("vacancy.section.contract")), layout(contractType, contractMonths, startDate, validThrough, postcode, place),
                new H2(getTranslation("vacancy.section.candidate")), layout(requirements, skills, adjustments),
                new H2(getTranslation("vacancy.section.arrangements")), layout(sroi, banenafspraak),
                formError, new HorizontalLayout(save, publish, close, reopen),
                new Paragraph(EmployerRegistrationView.link("werkgever/vacatures", getTranslation("vacancy.back"))));
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("vacancy.title.required"))
                .bind(VacancyForm::getTitle, VacancyForm::setTitle);
        binder.forField(description).asRequired(getTranslation("vacancy.description.required"))
                .withValidator(value -> value.length() <= 20_000, getTranslation("vacancy.description.too-long"))
                .bind(VacancyForm::getDescription, VacancyForm::setDescription);
        binder.forField(occupation).asRequired(getTranslation("vacancy.occupation.required"))
                .bind(VacancyForm::getOccupation, VacancyForm::setOccupation);
        binder.forField(hours).asRequired(getTranslation("vacancy.hours.required"))
                .withValidator(value -> value >= 1 && value <= 60, getTranslation("vacancy.hours.range"))
                .bind(VacancyForm::getHoursPerWeek, VacancyForm::setHoursPerWeek);
        binder.forField(postcode).asRequired(getTranslation("employer.register.postcode.required"))
                .withValidator(Postcode::isValidInput, getTranslation("employer.register.postcode.invalid"))
                .bind(VacancyForm::getPostcode, VacancyForm::setPostcode);
        binder.forField(place).asRequired(getTranslation("employer.register.place.required"))
                .bind(VacancyForm::getPlace, VacancyForm::setPlace);
        binder.forField(contractType).asRequired(getTranslation("vacancy.contract-type.required"))
                .bind(VacancyForm::getContractType, VacancyForm::setContractType);
        binder.forField(contractMonths)
                .withValidator(value -> contractType.getValue() != ContractType.TEMPORARY || value != null,
                        getTranslation("vacancy.contract-months.required"))
                .withValidator(value -> value == null || value >= 1 && value <= 60, getTranslation("vacancy.contract-months.range"))
                .bind(VacancyForm::getContractMonths, VacancyForm::setContractMonths);
        binder.forField(startDate).bind(VacancyForm::getStartDate, VacancyForm::setStartDate);
        binder.forField(validThrough)
                .withValidator(value -> value == null || vacancy != null && value.equals(vacancy.validThrough())
                        || !value.isBefore(LocalDate.now()), getTranslation("vacancy.valid-through.past"))
                .bind(VacancyForm::getValidThrough, VacancyForm::setValidThrough);
        binder.forField(requirements).bind(VacancyForm::getRequirements, VacancyForm::setRequirements);
        binder.forField(skills).bind(VacancyForm::getSkills, VacancyForm::setSkills);
        binder.forField(adjustments).bind(VacancyForm::getAdjustments, VacancyForm::setAdjustments);
        binder.forField(places).asRequired(getTranslation("vacancy.places.required"))
                .withValidator(value -> value >= 1 && value <= 999, getTranslation("vacancy.places.range"))
                .bind(VacancyForm::getPlaces, VacancyForm::setPlaces);
        binder.forField(sroi).bind(VacancyForm::isSroi, VacancyForm::setSroi);
        binder.forField(banenafspraak).bind(VacancyForm::isBanenafspraak, VacancyForm::setBanenafspraak);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            vacancy = null;
            form = new VacancyForm();
        } else {
            Optional<VacancyDetail> found = id.matches("[0-9]{1,18}") ? vacancies.mine(Long.parseLong(id)) : Optional.empty();
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            vacancy = found.get();
            form = VacancyForm.of(vacancy);
        }
        binder.readBean(form);
        contractMonths.setVisible(form.getContractType() == ContractType.TEMPORARY);
        refresh();
    }

    private void refresh() {
        heading.setText(vacancy == null ? getTranslation("vacancy.new") : vacancy.title());
        VacancyStatus current = vacancy == null ? VacancyStatus.CONCEPT : vacancy.status();
        status.setText(getTranslation("vacancy.status", getTranslation("vacancy.status." + current.name())));
        publish.setVisible(current == VacancyStatus.CONCEPT);
        close.setVisible(current == VacancyStatus.PUBLISHED);
        reopen.setVisible(current == VacancyStatus.CLOSED);
        save.setText(getTranslation(current == VacancyStatus.CONCEPT ? "vacancy.save" : "vacancy.save-changes"));
    }

    private void saveOnly() {
        saveThen(null, "vacancy.saved");
    }

    /** Validates and saves; then, if given, runs the next step (publishing) on the saved vacancy. */
    private void saveThen(java.util.function.@Nullable LongFunction<VacancyDetail> next, String doneKey) {
        message.setText("");
        BinderValidationStatus<VacancyForm> validation = binder.validate();
        if (!validation.isOk()) {
            formError.setText(getTranslation("form.check-fields"));
            validation.getFieldValidationErrors().stream().findFirst().map(error -> error.getField())
                    .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
            return;
        }
        formError.setText("");
        try {
            binder.writeBean(form);
            VacancyDetail saved = vacancy == null ? vacancies.create(form.toDraft()) : vacancies.update(vacancy.id(), form.toDraft());
            if (next != null) {
                saved = next.apply(saved.id());
            }
            boolean wasNew = vacancy == null;
            vacancy = saved;
            form = VacancyForm.of(saved);
            binder.readBean(form);
            refresh();
            message.setText(getTranslation(doneKey));
            if (wasNew) {
                String path = "werkgever/vacatures/" + vacancy.id();
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, path));
            }
        } catch (ValidationException | IllegalArgumentException e) {
            formError.setText(getTranslation("form.check-fields"));
        }
    }

    private void transition(java.util.function.LongFunction<VacancyDetail> step, String doneKey) {
        if (vacancy == null) {
            return;
        }
        vacancy = step.apply(vacancy.id());
        refresh();
        message.setText(getTranslation(doneKey));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String key) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
    }

    private void button(Button button, String id, String key, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.addClickListener(event -> action.run());
    }

    private static FormLayout layout(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    @Override
    public String getPageTitle() {
        return (vacancy == null ? getTranslation("vacancy.new") : vacancy.title()) + " - " + getTranslation("app.name");
    }
}
