package nl.werkbrug.employer.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.employer.EmployerRegistration;
import nl.werkbrug.employer.EmployerRegistrations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.employer.KvkNumberAlreadyRegisteredException;
import nl.werkbrug.identity.UsernameTakenException;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.ui.ProblemFields;

/**
 * A company registers itself: its details, a contact person and its first user, who becomes employer admin.
 * {@link EmployerRegistration} judges the company details; every problem shows a Dutch message at its field, nothing
 * typed is lost, and nothing is saved until everything is right.
 */
@Route(value = "werkgever/registreren", autoLayout = false)
@AnonymousAllowed
class EmployerRegistrationView extends Main implements HasDynamicTitle {

    private final EmployerRegistrations registrations;
    private final Binder<RegistrationForm> binder = new Binder<>();
    private final Paragraph formError = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, formError);

    private final TextField kvk = field("kvk", "employer.register.kvk", "kvkNumber");
    private final TextField vestiging = field("vestigingsnummer", "employer.register.vestigingsnummer", "vestigingsnummer");
    private final TextField name = field("company-name", "employer.register.name", "name");
    private final TextField street = field("street", "employer.register.street", "street");
    private final TextField houseNumber = field("house-number", "employer.register.house-number", "houseNumber");
    private final TextField postcode = field("postcode", "employer.register.postcode", "postcode");
    private final TextField place = field("place", "employer.register.place", "place");
    private final TextField sbiCode = field("sbi-code", "employer.register.sbi-code", "sbiCode");
    private final RadioButtonGroup<Integer> sbiVersion = new RadioButtonGroup<>();
    private final TextField contactName = field("contact-name", "employer.register.contact-name", "contactName");
    private final TextField contactEmail = field("contact-email", "employer.register.contact-email", "contactEmail");
    private final TextField contactPhone = field("contact-phone", "employer.register.contact-phone", "contactPhone");
    private final AccountFields account;
    private final Div content = new Div();

    EmployerRegistrationView(EmployerRegistrations registrations) {
        this.registrations = registrations;
        this.account = new AccountFields(this);
        addClassName("werkbrug-page");
        setId("employer-registration");

        kvk.setHelperText(getTranslation("employer.register.kvk.help"));
        kvk.setMaxLength(12);
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
        contactName.setAutocomplete(Autocomplete.NAME);
        contactEmail.setAutocomplete(Autocomplete.EMAIL);
        contactPhone.setAutocomplete(Autocomplete.TEL);
        bind();
        binder.readBean(new RegistrationForm());

        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("werkbrug-form-error");

        Button register = new Button(getTranslation("employer.register.submit"), event -> submit());
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        content.add(new Paragraph(getTranslation("employer.register.intro")),
                new H2(getTranslation("employer.register.section.company")), layout(kvk, vestiging, name, sbiCode, sbiVersion),
                new H2(getTranslation("employer.register.section.address")), layout(street, houseNumber, postcode, place),
                new H2(getTranslation("employer.register.section.contact")), layout(contactName, contactEmail, contactPhone),
                new H2(getTranslation("employer.register.section.account")),
                new Paragraph(getTranslation("employer.register.account.intro")),
                layout(account.username, account.password, account.passwordAgain),
                formError, register,
                new Paragraph(new Anchor("login", getTranslation("employer.register.have-account"))));
        add(new H1(getTranslation("employer.register.title")), content);
    }

    private void bind() {
        binder.forField(sbiVersion).bind(RegistrationForm::getSbiVersion, RegistrationForm::setSbiVersion);
        problems.add("sbiVersion", sbiVersion);
        account.bind(binder, RegistrationForm::getUsername, RegistrationForm::setUsername,
                RegistrationForm::getPassword, RegistrationForm::setPassword,
                RegistrationForm::getPasswordAgain, RegistrationForm::setPasswordAgain);
    }

    private void submit() {
        RegistrationForm typed = new RegistrationForm();
        binder.writeBeanAsDraft(typed, true);
        EmployerRegistration registration = typed.toRegistration();
        List<FieldProblem> found = new ArrayList<>(registration.problems());
        if (found.stream().noneMatch(problem -> problem.field().equals("kvkNumber"))
                && registrations.isRegistered(registration.kvkNumber())) {
            found.add(FieldProblem.of("kvkNumber", "employer.register.kvk.taken"));
        }
        BinderValidationStatus<RegistrationForm> account = binder.validate();
        if (!problems.show(found, "form.check-fields") || !account.isOk()) {
            formError.setText(getTranslation("form.check-fields"));
            problems.focusFirst();
            return;
        }
        try {
            EmployerSummary company = registrations.register(registration);
            showRegistered(company, registration.username());
        } catch (KvkNumberAlreadyRegisteredException e) {
            problems.show(List.of(FieldProblem.of("kvkNumber", "employer.register.kvk.taken")), "form.check-fields");
            kvk.focus();
        } catch (UsernameTakenException e) {
            this.account.usernameTaken();
            formError.setText(getTranslation("form.check-fields"));
        } catch (IllegalArgumentException e) {
            formError.setText(getTranslation("form.check-fields"));
        }
    }

    private void showRegistered(EmployerSummary company, String username) {
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("employer.register.done", company.name(), username));
        done.setId("registered");
        done.getElement().setAttribute("role", "status");
        Anchor login = new Anchor("login", getTranslation("employer.register.login"));
        login.setId("login-link");
        content.add(new H2(getTranslation("employer.register.done.title")), done, new Paragraph(login));
    }

    /**
     * A company field, bound without rules: {@link EmployerRegistration} has them and its problems for {@code path}
     * show here. (The account fields check their own.)
     */
    private TextField field(String id, String labelKey, String path) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
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
