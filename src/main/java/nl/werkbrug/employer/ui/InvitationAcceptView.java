package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.employer.EmployerInvitations;
import nl.werkbrug.employer.InvitationCheck;
import nl.werkbrug.employer.InvitationNotUsableException;
import nl.werkbrug.employer.InvitationState;
import nl.werkbrug.employer.NewColleague;
import nl.werkbrug.identity.UsernameTakenException;
import nl.werkbrug.platform.Formats;

/**
 * Where the link in an invitation mail leads: the colleague chooses a name, user name and password and becomes
 * employer user. An unknown, expired or used link gets a Dutch explanation of what to do.
 */
@Route("werkgever/uitnodiging/:token")
@AnonymousAllowed
class InvitationAcceptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerInvitations invitations;
    private final Div content = new Div();
    private String token = "";

    InvitationAcceptView(EmployerInvitations invitations) {
        this.invitations = invitations;
        addClassName("werkbrug-page");
        setId("invitation");
        add(new H1(getTranslation("invitation.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        InvitationCheck check = invitations.check(token);
        content.removeAll();
        if (check.state() != InvitationState.VALID) {
            showUnusable(check.state());
            return;
        }
        showForm(check);
    }

    private void showForm(InvitationCheck check) {
        Formats formats = Formats.of(getLocale());
        TextField name = new TextField(getTranslation("invitation.name"));
        name.setId("name");
        name.setAutocomplete(Autocomplete.NAME);
        AccountFields account = new AccountFields(this);
        AcceptForm form = new AcceptForm();
        Binder<AcceptForm> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("invitation.name.required"))
                .bind(AcceptForm::getName, AcceptForm::setName);
        account.bind(binder, AcceptForm::getUsername, AcceptForm::setUsername, AcceptForm::getPassword,
                AcceptForm::setPassword, AcceptForm::getPasswordAgain, AcceptForm::setPasswordAgain);
        binder.readBean(form);
        Paragraph formError = new Paragraph();
        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("werkbrug-form-error");
        Button accept = new Button(getTranslation("invitation.accept"), event -> {
            BinderValidationStatus<AcceptForm> status = binder.validate();
            if (!status.isOk()) {
                formError.setText(getTranslation("form.check-fields"));
                status.getFieldValidationErrors().stream().findFirst().map(error -> error.getField())
                        .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
                return;
            }
            try {
                binder.writeBean(form);
                invitations.accept(token, new NewColleague(form.getName(), form.getUsername().strip(), form.getPassword()));
                showAccepted(check.companyName(), form.getUsername().strip());
            } catch (UsernameTakenException e) {
                account.usernameTaken();
                formError.setText(getTranslation("form.check-fields"));
            } catch (InvitationNotUsableException e) {
                content.removeAll();
                showUnusable(e.state());
            } catch (com.vaadin.flow.data.binder.ValidationException e) {
                formError.setText(getTranslation("form.check-fields"));
            }
        });
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(name, account.username, account.password, account.passwordAgain);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Paragraph intro = new Paragraph(getTranslation("invitation.intro", check.companyName(), check.email(),
                check.expiresAt() == null ? "" : formats.dateTime(check.expiresAt())));
        intro.setId("invitation-intro");
        content.add(intro, fields, formError, accept);
    }

    private void showAccepted(String companyName, String username) {
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("invitation.accepted", companyName, username));
        done.setId("accepted");
        done.getElement().setAttribute("role", "status");
        Anchor login = new Anchor("login", getTranslation("employer.register.login"));
        login.setId("login-link");
        content.add(done, new Paragraph(login));
    }

    private void showUnusable(InvitationState state) {
        Paragraph message = new Paragraph(getTranslation("invitation.state." + state.name()));
        message.setId("invitation-unusable");
        message.getElement().setAttribute("role", "alert");
        content.add(message, new Paragraph(new Anchor("login", getTranslation("employer.register.login"))));
    }

    static final class AcceptForm extends AccountForm {
        private String name = "";

        String getName() { return name; }
        void setName(String value) { name = value; }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " - " + getTranslation("app.name");
    }
}
