package nl.werkbrug.employer.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
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
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.employer.EmployerRegistrations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.employer.KvkNumberAlreadyRegisteredException;
import nl.werkbrug.identity.EmployerAccounts;
import nl.werkbrug.identity.UsernameTakenException;
import nl.werkbrug.shared.KvkNumber;
import nl.werkbrug.shared.Postcode;
import nl.werkbrug.shared.Vestigingsnummer;

/**
 * A company registers itself: its details, a contact person and its first user, who becomes employer admin. Every
 * check shows a Dutch message at its field; nothing typed is lost, and nothing is saved until everything is right.
 */
@Route(value = "werkgever/registreren", autoLayout = false)
@AnonymousAllowed
class EmployerRegistrationView extends Main implements HasDynamicTitle {

    private final EmployerRegistrations registrations;
    private final Binder<RegistrationForm> binder = new Binder<>();
    private final RegistrationForm form = new RegistrationForm();

    private final TextField kvk = field("kvk", "employer.register.kvk");
    private final TextField vestiging = field("vestigingsnummer", "employer.register.vestigingsnummer");
    private final TextField name = field("company-name", "employer.register.name");
    private final TextField street = field("street", "employer.register.street");
    private final TextField houseNumber = field("house-number", "employer.register.house-number");
    private final TextField postcode = field("postcode", "employer.register.postcode");
    private final TextField place = field("place", "employer.register.place");
    private final TextField sbiCode = field("sbi-code", "employer.register.sbi-code");
    private final RadioButtonGroup<Integer> sbiVersion = new RadioButtonGroup<>();
    private final TextField contactName = field("contact-name", "employer.register.contact-name");
    private final TextField contactEmail = field("contact-email", "employer.register.contact-email");
    private final TextField contactPhone = field("contact-phone", "employer.register.contact-phone");
    private final AccountFields account;
    private final Paragraph formError = new Paragraph();
    private final Div content = new Div();

    EmployerRegistrationView(EmployerRegistrations registrations, EmployerAccounts accounts) {
        this.registrations = registrations;
        this.account = new AccountFields(this, accounts);
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
        binder.readBean(form);

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
                new Paragraph(link("login", getTranslation("employer.register.have-account"))));
        add(new H1(getTranslation("employer.register.title")), content);
    }

    private void bind() {
        binder.forField(kvk).asRequired(getTranslation("employer.register.kvk.required"))
                .withValidator(KvkNumber::isValidInput, getTranslation("employer.register.kvk.invalid"))
                .withValidator(value -> !registrations.isRegistered(value), getTranslation("employer.register.kvk.taken"))
                .bind(RegistrationForm::getKvkNumber, RegistrationForm::setKvkNumber);
        binder.forField(vestiging)
                .withValidator(value -> value.isBlank() || Vestigingsnummer.isValidInput(value),
                        getTranslation("employer.register.vestigingsnummer.invalid"))
                .bind(RegistrationForm::getVestigingsnummer, RegistrationForm::setVestigingsnummer);
        binder.forField(name).asRequired(getTranslation("employer.register.name.required"))
                .bind(RegistrationForm::getName, RegistrationForm::setName);
        binder.forField(street).asRequired(getTranslation("employer.register.street.required"))
                .bind(RegistrationForm::getStreet, RegistrationForm::setStreet);
        binder.forField(houseNumber).asRequired(getTranslation("employer.register.house-number.required"))
                .withValidator(value -> value.strip().matches("[1-9][0-9]{0,4}\\s*[-/]?\\s*[A-Za-z0-9]{0,6}"),
                        getTranslation("employer.register.house-number.invalid"))
                .bind(RegistrationForm::getHouseNumber, RegistrationForm::setHouseNumber);
        binder.forField(postcode).asRequired(getTranslation("employer.register.postcode.required"))
                .withValidator(Postcode::isValidInput, getTranslation("employer.register.postcode.invalid"))
                .bind(RegistrationForm::getPostcode, RegistrationForm::setPostcode);
        binder.forField(place).asRequired(getTranslation("employer.register.place.required"))
                .bind(RegistrationForm::getPlace, RegistrationForm::setPlace);
        binder.forField(sbiCode).asRequired(getTranslation("employer.register.sbi-code.required"))
                .withValidator(value -> value.strip().matches("[0-9]{2,5}"), getTranslation("employer.register.sbi-code.invalid"))
                .withValidator(value -> sbiVersion.getValue() == null || sbiVersion.getValue() != 2025 || value.strip().length() == 5,
                        getTranslation("employer.register.sbi-code.five-digits"))
                .bind(RegistrationForm::getSbiCode, RegistrationForm::setSbiCode);
        binder.forField(sbiVersion).asRequired(getTranslation("employer.register.sbi-version.required"))
                .bind(RegistrationForm::getSbiVersion, RegistrationForm::setSbiVersion);
        binder.forField(contactName).asRequired(getTranslation("employer.register.contact-name.required"))
                .bind(RegistrationForm::getContactName, RegistrationForm::setContactName);
        binder.forField(contactEmail).asRequired(getTranslation("employer.register.contact-email.required"))
                .withValidator(new EmailValidator(getTranslation("employer.register.contact-email.invalid")))
                .bind(RegistrationForm::getContactEmail, RegistrationForm::setContactEmail);
        binder.forField(contactPhone).asRequired(getTranslation("employer.register.contact-phone.required"))
                .withValidator(EmployerRegistrations::isValidPhone, getTranslation("employer.register.contact-phone.invalid"))
                .bind(RegistrationForm::getContactPhone, RegistrationForm::setContactPhone);
        account.bind(binder, RegistrationForm::getUsername, RegistrationForm::setUsername,
                RegistrationForm::getPassword, RegistrationForm::setPassword,
                RegistrationForm::getPasswordAgain, RegistrationForm::setPasswordAgain);
    }

    private void submit() {
        BinderValidationStatus<RegistrationForm> status = binder.validate();
        if (!status.isOk()) {
            formError.setText(getTranslation("form.check-fields"));
            status.getFieldValidationErrors().stream().findFirst()
                    .flatMap(error -> Optional.ofNullable(error.getField() instanceof Focusable<?> focusable ? focusable : null))
                    .ifPresent(Focusable::focus);
            return;
        }
        formError.setText("");
        try {
            binder.writeBean(form);
            EmployerSummary company = registrations.register(form.toRegistration());
            showRegistered(company, form.getUsername().strip());
        } catch (KvkNumberAlreadyRegisteredException e) {
            kvk.setErrorMessage(getTranslation("employer.register.kvk.taken"));
            kvk.setInvalid(true);
            kvk.focus();
            formError.setText(getTranslation("form.check-fields"));
        } catch (UsernameTakenException e) {
            account.usernameTaken();
            formError.setText(getTranslation("form.check-fields"));
        } catch (com.vaadin.flow.data.binder.ValidationException | IllegalArgumentException e) {
            formError.setText(getTranslation("form.check-fields"));
        }
    }

    private void showRegistered(EmployerSummary company, String username) {
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("employer.register.done", company.name(), username));
        done.setId("registered");
        done.getElement().setAttribute("role", "status");
        Anchor login = link("login", getTranslation("employer.register.login"));
        login.setId("login-link");
        content.add(new H2(getTranslation("employer.register.done.title")), done, new Paragraph(login));
    }

    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor();
        anchor.setHref(href);
        anchor.setText(text);
        return anchor;
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
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
