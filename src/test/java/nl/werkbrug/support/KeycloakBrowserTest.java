package nl.werkbrug.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal with Keycloak login against the real Keycloak 26 of {@link KeycloakServer}, on the fixed port Keycloak
 * knows as redirect URI. Test classes extending this share one application context (and so that port).
 */
@ExtendWith(KeycloakServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("keycloak")
public abstract class KeycloakBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> KeycloakServer.running().portalPort());
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", () -> KeycloakServer.running().issuer());
        registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> KeycloakServer.CLIENT_SECRET);
        registry.add("werkbrug.embedded-database.data-directory", () -> "target/test-postgres-keycloak");
        // no test of this context opens a candidate file: skip the demo caseloads' import
        registry.add("werkbrug.demo-data.caseloads", () -> "false");
        // Keycloak starts empty on every run, so the portal's database does too
        registry.add("werkbrug.embedded-database.clean", () -> "true");
        // Provisioning of employer users as in production: the realm's werkbrug-provisioning client with its own
        // service account and the fine-grained permissions the realm file gives it (docs/security.md, finding 8)
        registry.add("werkbrug.keycloak.admin.client-id", () -> "werkbrug-provisioning");
        registry.add("werkbrug.keycloak.admin.client-secret", () -> KeycloakServer.PROVISIONING_SECRET);
        // The outage test waits for one unanswered question and then until the remembered outage is over: shorter
        // than production's 3 s and 5 s (a paused Keycloak never answers; a running one answers within milliseconds)
        registry.add("werkbrug.keycloak.availability.timeout", () -> "2s");
        registry.add("werkbrug.keycloak.availability.remember-outage", () -> "3s");
    }

    /** Logs in on Keycloak's own login page with this password and waits until the portal is back. */
    protected void keycloakLogin(String username, String password) {
        open("login"); // "/" is the public front door (issue 11); its "Inloggen" leads here
        page.waitForURL(url -> url.contains("/realms/twente/"));
        typeOnKeycloakLoginPage(username, password);
        // Staff must give a one-time code (realm flow "werkbrug browser"); the test users' authenticator has a known secret.
        page.waitForCondition(() -> page.url().startsWith(url("")) || page.locator("#otp").isVisible());
        if (!page.url().startsWith(url(""))) {
            page.locator("#otp").fill(KeycloakServer.totp(java.time.Instant.now()));
            page.locator("#kc-login").click();
        }
        page.waitForURL(url -> url.startsWith(url("")));
        settle();
    }

    /**
     * Fills Keycloak's login page. With organisations enabled Keycloak asks members of an organisation for their
     * user name first and for the password on a second page.
     */
    protected void typeOnKeycloakLoginPage(String username, String password) {
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
            page.locator("#password").waitFor();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }
}
