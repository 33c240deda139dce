package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Logging out is a plain form POST to Spring Security's {@code /logout}, so the whole logout chain runs as for any
 * web application: the session ends, the event is audited and, with Keycloak, the browser is sent to Keycloak's
 * end-session endpoint (RP-initiated logout) before it comes back to the portal.
 */
class LogoutForm extends Div {

    LogoutForm() {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "logout");
        CsrfToken csrf = (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            Element token = new Element("input");
            token.setAttribute("type", "hidden");
            token.setAttribute("name", csrf.getParameterName());
            token.setAttribute("value", csrf.getToken());
            form.appendChild(token);
        }
        NativeButton submit = new NativeButton(getTranslation("shell.logout"));
        submit.setId("logout");
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("werkbrug-logout");
        form.appendChild(submit.getElement());
        getElement().appendChild(form);
    }
}
