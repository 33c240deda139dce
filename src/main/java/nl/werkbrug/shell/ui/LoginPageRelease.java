package nl.werkbrug.shell.ui;

import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Closes the login page's UI when a login succeeds (issue 13, load test). The login form posts to Spring Security
 * and the browser leaves the page without Vaadin hearing of it, so the page's UI would otherwise stay in the session
 * until three heartbeats are missed: every signed-in user carried two UIs, the login page's and the working one.
 * A closed UI is removed from the session at the end of the session's next Vaadin request (the landing page's).
 */
@Component
class LoginPageRelease {

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession http = request.getRequest().getSession(false);
        if (http == null) {
            return;
        }
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession session) {
                // the login's POST is no Vaadin request: the session's lock is taken here, briefly
                session.access(() -> closeLoginPages(session));
            }
        }
    }

    /** Closes the session's UIs that show the login page; the session's lock must be held. Returns how many. */
    static int closeLoginPages(VaadinSession session) {
        session.checkHasLock();
        List<UI> loginPages = session.getUIs().stream().filter(ui -> !ui.isClosing())
                .filter(ui -> ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance))
                .toList();
        loginPages.forEach(ui -> ui.accessSynchronously(ui::close));
        return loginPages.size();
    }
}
