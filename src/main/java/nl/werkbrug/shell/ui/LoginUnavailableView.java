package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a login goes while the login service (Keycloak) cannot be reached. It hands over to
 * {@link LoginUnavailablePage}, an error view, so that the page answers 503 like the portal's other "not now" page.
 */
@Route(value = "inloggen-niet-mogelijk", layout = PublicFrame.class)
@AnonymousAllowed
class LoginUnavailableView extends Main implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(new LoginUnavailableException(), "");
    }

    /** The login service does not answer. */
    static final class LoginUnavailableException extends RuntimeException {

        LoginUnavailableException() {
            super("The login service does not answer", null, false, false);
        }
    }
}
