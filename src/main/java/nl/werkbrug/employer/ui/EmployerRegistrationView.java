package nl.werkbrug.employer.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.employer.EmployerRegistration;
import nl.werkbrug.employer.EmployerRegistrations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.employer.KvkNumberAlreadyRegisteredException;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.UsernameTakenException;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.ui.ProblemFields;

/**
 * A company registers itself in four fields: its KvK number (name, address and SBI code come from the Handelsregister
 * through {@link nl.werkbrug.employer.KvkClient}), the contact person, the e-mail address (also the user name) and one
 * password with a visibility toggle. The rest is behind "meer gegevens", opened when the register does not know the
 * number. {@link EmployerRegistration} judges; every problem shows at its field and nothing typed is lost. The
 * front door's answers (municipality, instrument, hours) ride along to the request form after login.
 */
@Route("werkgever/registreren")
@AnonymousAllowed
class EmployerRegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Problems of these fields are shown inside "meer gegevens", which then opens. */
    private static final Set<String> MORE = Set.of("vestigingsnummer", "name", "street", "houseNumber", "postcode",
            "place", "sbiCode", "sbiVersion", "contactPhone");

    private final EmployerRegistrations registrations;
    private final Binder<RegistrationForm> binder = new Binder<>();
    private final Paragraph formError = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, formError);

    private final TextField kvk = field("kvk", "employer.register.kvk", "kvkNumber", true);
    private final TextField contactName = field("contact-name", "employer.register.contact-name", "contactName", true);
    private final TextField contactEmail = field("contact-email", "frontdoor.register.email", "contactEmail", true);
    private final PasswordField password = new PasswordField(getTranslation("account.password"));
    private final TextField vestiging = field("vestigingsnummer", "employer.register.vestigingsnummer", "vestigingsnummer", false);
    private final TextField name = field("company-name", "employer.register.name", "name", true);
    private final TextField street = field("street", "employer.register.street", "street", true);
    private final TextField houseNumber = field("house-number", "employer.register.house-number", "houseNumber", true);
    private final TextField postcode = field("postcode", "employer.register.postcode", "postcode", true);
    private final TextField place = field("place", "employer.register.place", "place", true);
    private final TextField sbiCode = field("sbi-code", "employer.register.sbi-code", "sbiCode", true);
    private final RadioButtonGroup<Integer> sbiVersion = new RadioButtonGroup<>();
    private final TextField contactPhone = field("contact-phone", "employer.register.contact-phone", "contactPhone", false);
    private final Paragraph found = new Paragraph();
    private final Details more = new Details();
    private final Div content = new Div();
    private String continuation = "";

    EmployerRegistrationView(EmployerRegistrations registrations) {
        this.registrations = registrations;
        addClassName("werkbrug-page");
        setId("employer-registration");

        kvk.setHelperText(getTranslation("frontdoor.register.kvk.help"));
        kvk.setMaxLength(12);
        kvk.addValueChangeListener(change -> lookUp(change.getValue()));
        found.setId("kvk-found");
        found.getElement().setAttribute("role", "status");
        contactName.setAutocomplete(Autocomplete.NAME);
        contactEmail.setAutocomplete(Autocomplete.EMAIL);
        contactEmail.setHelperText(getTranslation("frontdoor.register.email.help"));
        contactEmail.setMaxLength(100);
        password.setId("password");
        password.setHelperText(getTranslation("account.password.help", EmployerAccounts.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(EmployerAccounts.MAX_PASSWORD_LENGTH);
        password.setRevealButtonVisible(true);
        password.setRequiredIndicatorVisible(true);
        vestiging.setHelperText(getTranslation("employer.register.vestigingsnummer.help"));
        vestiging.setMaxLength(16);
        name.setAutocomplete(Autocomplete.ORGANIZATION);
        street.setAutocomplete(Autocomplete.ADDRESS_LINE1);
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.setHelperText(getTranslation("employer.register.postcode.help"));
        postcode.setMaxLength(8);
        place.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        sbiCode.setHelperText(getTranslation("employer.register.sbi-code.help"));
        sbiCode.setMaxLength(5);
        sbiVersion.setId("sbi-version");
        sbiVersion.setLabel(getTranslation("employer.register.sbi-version"));
        sbiVersion.setItems(2025, 2008);
        sbiVersion.setItemLabelGenerator(version -> getTranslation("employer.register.sbi-version." + version));
        contactPhone.setAutocomplete(Autocomplete.TEL);
        binder.forField(sbiVersion).bind(RegistrationForm::getSbiVersion, RegistrationForm::setSbiVersion);
        problems.add("sbiVersion", sbiVersion);
        binder.forField(password).asRequired(getTranslation("account.password.required"))
                .withValidator(EmployerAccounts::isAcceptablePassword,
                        getTranslation("account.password.too-short", EmployerAccounts.MIN_PASSWORD_LENGTH))
                .bind(RegistrationForm::getPassword, RegistrationForm::setPassword);
        binder.readBean(new RegistrationForm());

        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("werkbrug-form-error");
        Button register = new Button(getTranslation("employer.register.submit"), event -> submit());
        register.setId("register");
        register.addThemeVariants(ButtonVariant.PRIMARY);

        more.setId("more-details");
        more.setSummaryText(getTranslation("frontdoor.register.more"));
        more.add(layout(name, vestiging, street, houseNumber, postcode, place, sbiCode, sbiVersion, contactPhone));
        content.add(new Paragraph(getTranslation("frontdoor.register.intro")),
                new Paragraph(getTranslation("frontdoor.register.required")),
                new H2(getTranslation("employer.register.section.company")), layout(kvk), found,
                new H2(getTranslation("frontdoor.register.section.you")), layout(contactName, contactEmail, password),
                more, formError, register,
                new Paragraph(new Anchor("login", getTranslation("employer.register.have-account"))));
        add(new H1(getTranslation("employer.register.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        continuation = query.getSingleParameter("gemeente").flatMap(tenant -> query.getSingleParameter("regeling")
                        .map(code -> "werkgever/aanvragen/nieuw?gemeente=" + tenant + "&regeling=" + code
                                + query.getSingleParameter("uren").map(hours -> "&uren=" + hours).orElse("")))
                .orElse("");
    }

    private void lookUp(String typed) {
        found.setText("");
        if (typed.isBlank()) {
            return;
        }
        RegistrationForm form = typed();
        registrations.lookUp(typed).ifPresentOrElse(company -> {
            form.fillFrom(company);
            binder.readBean(form);
            found.setText(getTranslation("frontdoor.register.kvk.found", company.name(), company.street() + " "
                    + company.houseNumber() + ", " + company.postcode() + " " + company.place(), company.sbiCode()));
        }, () -> {
            if (nl.werkbrug.shared.KvkNumber.isValidInput(typed)) {
                found.setText(getTranslation("frontdoor.register.kvk.not-found"));
                more.setOpened(true);
            }
        });
    }

    private RegistrationForm typed() {
        RegistrationForm typed = new RegistrationForm();
        binder.writeBeanAsDraft(typed, true);
        return typed;
    }

    private void submit() {
        RegistrationForm typed = typed();
        EmployerRegistration registration = typed.toRegistration();
        List<FieldProblem> found = new ArrayList<>(registration.problems());
        if (found.stream().noneMatch(problem -> problem.field().equals("kvkNumber"))
                && registrations.isRegistered(registration.kvkNumber())) {
            found.add(FieldProblem.of("kvkNumber", "employer.register.kvk.taken"));
        }
        if (found.stream().noneMatch(problem -> problem.field().equals("contactEmail"))
                && !EmployerAccounts.isValidUsername(registration.username())) {
            found.add(FieldProblem.of("contactEmail", "frontdoor.register.email.unusable"));
        }
        boolean passwordOk = binder.validate().isOk();
        if (found.stream().anyMatch(problem -> MORE.contains(problem.field()))) {
            more.setOpened(true);
        }
        if (!problems.show(found, "form.check-fields") || !passwordOk) {
            formError.setText(getTranslation("form.check-fields"));
            problems.focusFirst();
            return;
        }
        try {
            showRegistered(registrations.register(registration), registration.username());
        } catch (KvkNumberAlreadyRegisteredException e) {
            problems.show(List.of(FieldProblem.of("kvkNumber", "employer.register.kvk.taken")), "form.check-fields");
            kvk.focus();
        } catch (UsernameTakenException e) {
            problems.show(List.of(FieldProblem.of("contactEmail", "frontdoor.register.email.unusable")), "form.check-fields");
            contactEmail.focus();
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("form.check-fields"));
        }
    }

    private void showRegistered(EmployerSummary company, String username) {
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("employer.register.done", company.name(), username));
        done.setId("registered");
        done.getElement().setAttribute("role", "status");
        String href = "login?gebruiker=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + (continuation.isEmpty() ? "" : "&verder=" + URLEncoder.encode(continuation, StandardCharsets.UTF_8));
        Anchor login = new Anchor(href, getTranslation(continuation.isEmpty()
                ? "employer.register.login" : "frontdoor.register.login-and-request"));
        login.setId("login-link");
        content.add(new H2(getTranslation("employer.register.done.title")), done,
                new Paragraph(getTranslation("frontdoor.register.mail-sent", username)), new Paragraph(login));
    }

    /**
     * A company field, bound without rules: {@link EmployerRegistration} has them and its problems for {@code path}
     * show here.
     */
    private TextField field(String id, String labelKey, String path, boolean required) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setRequiredIndicatorVisible(required);
        binder.forField(field).bind(form -> form.get(path), (form, value) -> form.set(path, value));
        problems.add(path, field);
        return field;
    }

    private static FormLayout layout(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employer.register.title") + " - " + getTranslation("app.name");
    }
}
