package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.identity.LoginProperties;
import nl.werkbrug.identity.LoginSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Login with a local account (embedded default), in the public frame with its language switch. The form posts to
 * Spring Security; after a failed attempt the page shows a Dutch message and the user name typed before.
 */
@Route(value = "login", layout = PublicFrame.class)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final boolean keycloak;

    LoginView(LoginProperties login) {
        this.keycloak = login.keycloak();
        addClassName("werkbrug-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        Anchor register = new Anchor();
        register.setHref("werkgever/registreren");
        register.setText(getTranslation("login.register-company"));
        register.setId("register-company");
        VerticalLayout column = new VerticalLayout(title, intro, form, register);
        column.setAlignItems(FlexComponent.Alignment.CENTER);
        add(column);
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (keycloak) {
            // With Keycloak there is no local login form: Keycloak's login page takes over.
            event.getUI().getPage().setLocation("/oauth2/authorization/keycloak");
            return;
        }
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter(FrontDoorContinuation.PARAMETER)
                .ifPresent(target -> FrontDoorContinuation.keep(event.getUI().getSession(), target));
        query.getSingleParameter("gebruiker").filter(name -> name.length() <= 254).ifPresent(this::typeUsername);
        if (!query.getParameters().containsKey("error")) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        boolean locked = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
        form.setI18n(i18n(locked));
        form.setError(true);
        Object username = session.getSession().getAttribute(LoginSession.LAST_USERNAME);
        if (username instanceof String name) {
            typeUsername(name);
        }
    }

    /** Puts a user name in the form: the one typed before a failed attempt, or the e-mail a company just registered. */
    private void typeUsername(String name) {
        form.getElement().executeJs("const field = this.querySelector('#vaadinLoginUsername');"
                + "if (field) { field.value = $0; }", name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
