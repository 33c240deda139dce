package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Inloggen is tijdelijk niet mogelijk": where a login goes while the login service (Keycloak) does not answer. Says
 * that signed-in users can go on and offers to try again (the login again, which asks the login service first). No
 * details: the portal's log has them. Logins are through Keycloak only when this page can appear, so it offers no
 * local login form. The security filter chain answers the page with 503.
 */
@Route(value = "inloggen-niet-mogelijk", layout = PublicFrame.class)
@AnonymousAllowed
class LoginUnavailableView extends Main implements HasDynamicTitle {

    LoginUnavailableView() {
        addClassName("werkbrug-error");
        setId("login-unavailable");
        Anchor again = new Anchor("login", getTranslation("login-unavailable.again"));
        again.setId("login-again");
        add(new H1(getTranslation("login-unavailable.title")), new Paragraph(getTranslation("login-unavailable.message")),
                new Paragraph(getTranslation("login-unavailable.signed-in")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-unavailable.title") + " - " + getTranslation("app.name");
    }
}
