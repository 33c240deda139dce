package nl.werkbrug.shell.ui;

import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Where a new employer was going when the front door sent them to register: the request form with what they answered
 * (municipality, instrument, hours). Kept in the HTTP session across the login (Spring Security keeps the session's
 * attributes when it changes the session id) and taken once by the start page. Only the request form is a valid
 * continuation, so the link cannot send anyone elsewhere.
 */
final class FrontDoorContinuation {

    static final String PARAMETER = "verder";
    private static final String ATTRIBUTE = FrontDoorContinuation.class.getName();
    private static final Pattern ALLOWED = Pattern.compile(
            "werkgever/aanvragen/nieuw\\?gemeente=[a-z0-9-]{1,40}&regeling=[a-z0-9-]{1,80}(&uren=[0-9]{1,2})?");

    private FrontDoorContinuation() {
    }

    static boolean isAllowed(String target) {
        return ALLOWED.matcher(target).matches();
    }

    static void keep(VaadinSession session, String target) {
        WrappedSession http = session.getSession();
        if (http != null && isAllowed(target)) {
            http.setAttribute(ATTRIBUTE, target);
        }
    }

    static Optional<String> take(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null || !(http.getAttribute(ATTRIBUTE) instanceof String target)) {
            return Optional.empty();
        }
        http.removeAttribute(ATTRIBUTE);
        return Optional.of(target);
    }
}
