package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 503 "Inloggen is tijdelijk niet mogelijk": the login service does not answer. Says that signed-in users can go on,
 * and offers to try again (the login again, which asks the login service first). No details: the portal's log has
 * them. Logins are through Keycloak only when this page can appear, so it offers no local login form.
 */
@ParentLayout(PublicFrame.class)
@AnonymousAllowed
class LoginUnavailablePage extends Main
        implements HasErrorParameter<LoginUnavailableView.LoginUnavailableException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<LoginUnavailableView.LoginUnavailableException> parameter) {
        removeAll();
        addClassName("werkbrug-error");
        setId("login-unavailable");
        Anchor again = new Anchor("login", getTranslation("login-unavailable.again"));
        again.setId("login-again");
        add(new H1(getTranslation("login-unavailable.title")), new Paragraph(getTranslation("login-unavailable.message")),
                new Paragraph(getTranslation("login-unavailable.signed-in")), again);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-unavailable.title") + " - " + getTranslation("app.name");
    }
}
