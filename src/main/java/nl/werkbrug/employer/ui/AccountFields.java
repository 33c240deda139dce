package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import nl.werkbrug.identity.EmployerAccounts;

/** User name, password and the password again: the account part of registration and of accepting an invitation. */
final class AccountFields {

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();

    private final Component host;

    /** Whether the name is free is answered only when the form is submitted (docs/adr/0013), never while typing. */
    AccountFields(Component host) {
        this.host = host;
        username.setId("username");
        username.setLabel(t("account.username"));
        username.setHelperText(t("account.username.help"));
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setMaxLength(60);
        password.setId("password");
        password.setLabel(t("account.password"));
        password.setHelperText(t("account.password.help", EmployerAccounts.MIN_PASSWORD_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(EmployerAccounts.MAX_PASSWORD_LENGTH);
        passwordAgain.setId("password-again");
        passwordAgain.setLabel(t("account.password-again"));
        passwordAgain.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordAgain.setMaxLength(EmployerAccounts.MAX_PASSWORD_LENGTH);
    }

    <T> void bind(Binder<T> binder, ValueProvider<T, String> getUsername, Setter<T, String> setUsername,
                  ValueProvider<T, String> getPassword, Setter<T, String> setPassword,
                  ValueProvider<T, String> getPasswordAgain, Setter<T, String> setPasswordAgain) {
        binder.forField(username).asRequired(t("account.username.required"))
                .withValidator(value -> EmployerAccounts.isValidUsername(value.strip()), t("account.username.invalid"))
                .bind(getUsername, setUsername);
        binder.forField(password).asRequired(t("account.password.required"))
                .withValidator(EmployerAccounts::isAcceptablePassword,
                        t("account.password.too-short", EmployerAccounts.MIN_PASSWORD_LENGTH))
                .bind(getPassword, setPassword);
        var again = binder.forField(passwordAgain).asRequired(t("account.password-again.required"))
                .withValidator(value -> value.equals(password.getValue()), t("account.password.mismatch"))
                .bind(getPasswordAgain, setPasswordAgain);
        password.addValueChangeListener(event -> {
            if (!passwordAgain.isEmpty()) {
                again.validate();
            }
        });
    }

    void usernameTaken() {
        username.setErrorMessage(t("account.username.taken"));
        username.setInvalid(true);
        username.focus();
    }

    private String t(String key, Object... parameters) {
        return host.getTranslation(key, parameters);
    }
}
