package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.KeycloakServer;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Logging in and out through a real Keycloak 26 with the repository's Twente realm. */
@ExtendWith(KeycloakServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("keycloak")
class KeycloakLoginBrowserTests extends BrowserTest {

    @Autowired
    AuditLog auditLog;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> KeycloakServer.running().portalPort());
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", () -> KeycloakServer.running().issuer());
        registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> KeycloakServer.CLIENT_SECRET);
        registry.add("werkbrug.embedded-database.data-directory", () -> "target/test-postgres-keycloak");
    }

    private void keycloakLogin(String username) {
        open("");
        page.waitForURL(url -> url.contains("/realms/twente/"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakServer.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(url("")));
        settle();
    }

    @Test
    void a_hengelo_consultant_logs_in_through_keycloak_is_kept_out_of_enschede_and_logs_out_of_keycloak_too() {
        keycloakLogin("kc.hengelo");

        assertThat(page).hasURL(Pattern.compile(".*/gemeente/hengelo/werkvoorraad(\\?continue)?$"));
        assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");
        assertThat(page.locator(".werkbrug-logo")).hasCSS("background-color", "rgb(0, 82, 155)");
        assertThat(page.locator(".werkbrug-user")).hasText("Hanna Keijzer");
        assertAccessible();

        open("gemeente/enschede/werkvoorraad");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang");

        open("gemeente/hengelo/werkvoorraad");
        page.locator("#logout").click();
        page.waitForURL(url -> url.contains("/realms/twente/"));

        // Keycloak's own session is gone: opening the portal asks for the password again instead of logging in silently.
        open("");
        page.waitForURL(url -> url.contains("/realms/twente/"));
        assertThat(page.locator("#password")).isVisible();

        List<AuditEntry> audit = TestUsers.as(TestUsers.coordinator("auditor"),
                () -> auditLog.regionEntries(new AuditQuery(null, "kc.hengelo", null, null, 10)));
        org.assertj.core.api.Assertions.assertThat(audit).extracting(AuditEntry::action)
                .contains(AuditAction.LOGIN, AuditAction.LOGOUT);
    }

    @Test
    void a_keycloak_user_without_any_werkbrug_group_gets_the_dutch_no_access_page() {
        keycloakLogin("kc.zonder-rol");

        assertThat(page).hasURL(Pattern.compile(".*/geen-toegang(\\?continue)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Geen toegang tot Werkbrug");
        assertThat(page.getByText("U bent ingelogd als Zeno Rolloos")).isVisible();
        assertAccessible();
    }
}
