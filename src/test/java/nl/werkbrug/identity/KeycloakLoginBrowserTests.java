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
import nl.werkbrug.support.KeycloakBrowserTest;
import nl.werkbrug.support.KeycloakServer;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in and out through a real Keycloak 26 with the repository's Twente realm. */
class KeycloakLoginBrowserTests extends KeycloakBrowserTest {

    @Autowired
    AuditLog auditLog;

    private void keycloakLogin(String username) {
        keycloakLogin(username, KeycloakServer.PASSWORD);
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
        // through Keycloak's end of session back to the portal's front door
        page.waitForURL(url(""));

        // Keycloak's own session is gone: logging in again shows Keycloak's login form instead of logging in silently.
        open("login");
        page.waitForURL(url -> url.contains("/realms/twente/"));
        assertThat(page.locator("#kc-form-login")).isVisible();

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
