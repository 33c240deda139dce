package nl.werkbrug.support;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * View logic without a browser (Vaadin's Browserless testing): the real views, router, access control, route guard,
 * services and PostgreSQL of the shared application context, driven on the server side. Use it for what a view
 * shows and where it leads; keep Playwright ({@link BrowserTest}) for journeys, styling and the axe-core check.
 */
@IntegrationTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    /** Every route and error view of the portal, as in production, whatever package the test class is in. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("nl.werkbrug");
    }

    /** Dutch, as a browser with {@code Accept-Language: nl-NL} gets it (the JVM's own locale may be English). */
    @BeforeEach
    void speakDutch() {
        VaadinSession.getCurrent().setLocale(DUTCH);
        UI.getCurrent().setLocale(DUTCH);
    }

    /** Logs the user in for the views navigated to next, the way the login form would. */
    protected void login(PortalUser user) {
        PortalPrincipal principal = () -> user;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, user.authorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }
}
