package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.support.KeycloakAdminApi;
import nl.werkbrug.support.KeycloakBrowserTest;
import nl.werkbrug.support.KeycloakServer;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding 7 for Keycloak users (issue 13): their groups are read again from Keycloak at the session policy's recheck
 * interval (30 s, on the portal's clock, which the tests stop before the login and then move on instead of sleeping),
 * against the real Keycloak 26 and a real browser. Each test has its own Keycloak user (test realm users file), as
 * each changes it or the session's fate.
 */
class KeycloakRoleRefreshBrowserTests extends KeycloakBrowserTest {

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog auditLog;

    private String userId(String username) {
        return JsonPath.read(KeycloakAdminApi.asMasterAdmin("/admin/realms/twente/users?username=" + username + "&exact=true"),
                "$[0].id");
    }

    private List<AuditEntry> logouts(String username) {
        return TestUsers.as(TestUsers.coordinator("auditor"),
                () -> auditLog.regionEntries(new AuditQuery(AuditAction.LOGOUT, username, null, null, 10)));
    }

    @Test
    void a_municipality_withdrawn_in_keycloak_is_no_longer_offered_or_permitted_on_the_first_navigation_after_the_interval() {
        clock.setTo(Instant.now());
        keycloakLogin("kc.wisselend", KeycloakServer.PASSWORD);
        open("gemeente/hengelo/werkvoorraad");
        assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");
        assertThat(page.locator("#tenant-switcher")).isVisible();

        String admin = KeycloakAdminApi.masterAdminToken();
        String hengelo = JsonPath.read(KeycloakAdminApi.adminApi("GET",
                "/admin/realms/twente/group-by-path/gemeente/hengelo/CONSULTANT", admin, null).body(), "$.id");
        HttpResponse<String> removed = KeycloakAdminApi.adminApi("DELETE",
                "/admin/realms/twente/users/" + userId("kc.wisselend") + "/groups/" + hengelo, admin, null);
        org.assertj.core.api.Assertions.assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

        // within the interval the session still has the roles Keycloak last gave
        clock.advance(Duration.ofSeconds(29));
        open("gemeente/hengelo/werkvoorraad");
        assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");

        clock.advance(Duration.ofSeconds(2)); // 31 s after the login: the next request asks Keycloak again
        open("gemeente/hengelo/werkvoorraad");
        assertThat(heading()).hasText("Geen toegang");
        assertThat(page.getByText("Werkvoorraad Hengelo")).hasCount(0);

        open("gemeente/borne/werkvoorraad");
        assertThat(page.locator("#active-scope")).hasText("Gemeente Borne");
        assertThat(page.locator(".werkbrug-user")).hasText("Wim Wissel");
        // one municipality left: nothing to switch to, Hengelo is not offered
        assertThat(page.locator("#tenant-switcher")).isHidden();
        org.assertj.core.api.Assertions.assertThat(logouts("kc.wisselend")).isEmpty();
    }

    @Test
    void a_user_disabled_in_keycloak_loses_the_portal_session_on_the_first_navigation_after_the_interval() {
        clock.setTo(Instant.now());
        keycloakLogin("kc.uitgezet", KeycloakServer.PASSWORD);
        open("gemeente/enschede/werkvoorraad");
        assertThat(page.locator(".werkbrug-user")).hasText("Ursula Uitgezet");

        HttpResponse<String> disabled = KeycloakAdminApi.adminApi("PUT", "/admin/realms/twente/users/" + userId("kc.uitgezet"),
                KeycloakAdminApi.masterAdminToken(), "{\"enabled\": false}");
        org.assertj.core.api.Assertions.assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(204);
        clock.advance(Duration.ofSeconds(31));

        // the session is gone: the page sends the browser to the login, Keycloak does not let a disabled user in
        page.navigate(url("gemeente/enschede/werkvoorraad"));
        page.waitForURL(url -> url.contains("/realms/twente/"));
        assertThat(page.locator(".werkbrug-user")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(logouts("kc.uitgezet")).singleElement()
                .extracting(AuditEntry::detail).asString()
                .startsWith("session ended: Keycloak refused the refresh");
    }

    /**
     * Keycloak down (issue 13, "faults"): the session keeps the roles Keycloak last confirmed for the grace period
     * ({@code werkbrug.session.keycloak-outage-grace}, 15 min), so staff go on working through a short outage; after
     * that the session ends, audited with the reason, and a login gets the "login unavailable" page.
     */
    @Test
    void while_keycloak_is_down_the_last_confirmed_roles_hold_for_fifteen_minutes_then_the_session_ends() {
        clock.setTo(Instant.now());
        keycloakLogin("kc.storing", KeycloakServer.PASSWORD);
        open("gemeente/hengelo/werkvoorraad");
        assertThat(page.locator(".werkbrug-user")).hasText("Sven Storing");

        KeycloakServer.pause();
        try {
            clock.advance(Duration.ofSeconds(31)); // a recheck that gets no answer: the roles stay
            open("gemeente/hengelo/werkvoorraad");
            assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");
            clock.advance(Duration.ofMinutes(14)); // 14 min 31 s after the last confirmation
            open("gemeente/hengelo/werkvoorraad");
            assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");

            clock.advance(Duration.ofSeconds(30)); // 15 min 1 s: the grace is over
            page.waitForResponse(answer -> answer.url().endsWith("/inloggen-niet-mogelijk"),
                    () -> page.navigate(url("gemeente/hengelo/werkvoorraad")));
            settle();
            assertThat(page).hasURL(Pattern.compile(".*/inloggen-niet-mogelijk$"));
            assertThat(page.locator(".werkbrug-user")).hasCount(0);
        } finally {
            KeycloakServer.resume();
        }
        org.assertj.core.api.Assertions.assertThat(logouts("kc.storing")).singleElement()
                .extracting(AuditEntry::detail).asString()
                .startsWith("session ended: roles not confirmed by Keycloak for more than PT15M");
    }
}
