package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a failed login through Keycloak ends: an explanation and a way to try again, never a stack trace. */
@Route(value = "inloggen-mislukt", layout = PublicFrame.class)
@AnonymousAllowed
class LoginFailedView extends Main implements HasDynamicTitle {

    LoginFailedView() {
        addClassName("werkbrug-error");
        setId("login-failed");
        add(new H1(getTranslation("login-failed.title")), new Paragraph(getTranslation("login-failed.message")),
                new Anchor("", getTranslation("login-failed.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-failed.title") + " - " + getTranslation("app.name");
    }
}
