package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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

    /**
     * Keycloak down (issue 13, "faults"): its processes stopped, so its port accepts connections and nothing answers,
     * the worst kind of outage for a login. A signed-in session goes on without it; a login gets the portal's Dutch
     * page with 503 instead of the browser's "cannot be reached"; once Keycloak is back the page's link leads to it.
     */
    @Test
    void while_keycloak_is_down_a_signed_in_session_keeps_working_and_a_login_gets_the_dutch_unavailable_page() {
        keycloakLogin("kc.enschede");
        assertThat(page).hasURL(Pattern.compile(".*/gemeente/enschede/werkvoorraad(\\?continue)?$"));

        KeycloakServer.pause();
        try {
            open("instrumenten/enschede");
            assertThat(page.locator("#instrument-uitstroombonus")).isVisible();
            open("gemeente/enschede/werkvoorraad");
            assertThat(page.locator(".werkbrug-user")).hasText("Eva Kroeze");
            assertThat(page.locator("#active-scope")).hasText("Gemeente Enschede");

            // logging out ends the portal's session and comes back to the front door, not to a Keycloak that hangs
            page.locator("#logout").click();
            page.waitForURL(url(""));

            // the page loads, the route guard sends the browser to the login, the login to the portal's own page
            Response response = page.waitForResponse(answer -> answer.url().endsWith("/inloggen-niet-mogelijk"),
                    () -> page.navigate(url("gemeente/enschede/werkvoorraad")));
            settle();
            assertThat(page).hasURL(url("inloggen-niet-mogelijk"));
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(503);
            assertThat(heading()).hasText("Inloggen is tijdelijk niet mogelijk");
            assertThat(page.locator("#login-unavailable")).containsText("Was u al ingelogd? Dan kunt u gewoon verder werken");
            assertThat(page.locator("#login-unavailable")).not().containsText("Exception");
            assertThat(page.locator("#vaadinLoginUsername")).hasCount(0);
            assertAccessible();
        } finally {
            KeycloakServer.resume();
            awaitLoginsSentToKeycloak();
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opnieuw proberen")).click();
        // Keycloak's own session outlived the outage (the portal could not end it): the login is silent
        page.waitForURL(url -> url.contains("/realms/twente/") || url.contains("/gemeente/enschede/werkvoorraad"));
        assertThat(page).not().hasURL(Pattern.compile(".*inloggen-niet-mogelijk.*"));
    }

    /** Until the portal's login redirect goes to Keycloak again (it remembers an outage for a few seconds). */
    private void awaitLoginsSentToKeycloak() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                String location = http.send(HttpRequest.newBuilder(URI.create(url("oauth2/authorization/keycloak"))).build(),
                        HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
                if (location.startsWith(KeycloakServer.running().issuer()) || System.currentTimeMillis() > deadline) {
                    org.assertj.core.api.Assertions.assertThat(location).startsWith(KeycloakServer.running().issuer());
                    return;
                }
                Thread.sleep(250);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
