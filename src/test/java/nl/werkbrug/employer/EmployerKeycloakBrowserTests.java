package nl.werkbrug.employer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import nl.werkbrug.support.KeycloakBrowserTest;
import nl.werkbrug.support.KeycloakServer;
import nl.werkbrug.support.RegistrationForm;
import org.junit.jupiter.api.Test;

/**
 * With Keycloak login, registering a company creates the Keycloak user in group
 * {@code /werkgever/<employer id>/EMPLOYER_ADMIN} and a Keycloak organisation for the company, and that user logs in
 * through Keycloak's real login page.
 */
class EmployerKeycloakBrowserTests extends KeycloakBrowserTest {

    static final String PASSWORD = "Krentenbollen-uit-Almelo-2026";

    /** GET on Keycloak's admin API as the master realm's admin. */
    static String keycloakAdmin(String path) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + KeycloakServer.running().keycloakPort();
            String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin-test-password";
            String tokenResponse = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String token = JsonPath.read(tokenResponse, "$.access_token");
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_company_registered_through_the_portal_logs_in_through_keycloak_and_lands_on_its_company_home() {
        open("werkgever/registreren");
        assertThat(page).hasURL(url("werkgever/registreren"));
        assertAccessible();
        new RegistrationForm("91234567", "Bakkerij Keycloak Almelo B.V.", "10711", "Grotestraat", "88", "7607 CV", "Almelo",
                "Bram Krenten", "kc.hengelo@example.org", "0546 123 456", PASSWORD).fill(page, Map.of());
        clickAndSettle("#register");

        // kc.hengelo@example.org is a Keycloak user's address already: the portal asked Keycloak.
        assertThat(page.locator("#contact-email [slot=error-message]"))
                .hasText("Met dit e-mailadres kunt u geen account aanmaken. Gebruik een ander e-mailadres.");
        assertThat(page.locator("#company-name input")).hasValue("Bakkerij Keycloak Almelo B.V.");

        page.locator("#contact-email input").fill("bram@bakkerij-almelo.example");
        clickAndSettle("#register");
        assertThat(page.locator("#registered")).containsText("Bakkerij Keycloak Almelo B.V. is geregistreerd");
        // The company is a Keycloak organisation with the new user as member.
        String organisations = keycloakAdmin("/admin/realms/twente/organizations?search=Bakkerij%20Keycloak%20Almelo&briefRepresentation=false");
        List<String> ids = JsonPath.read(organisations, "$[?(@.name == 'Bakkerij Keycloak Almelo B.V. (KvK 91234567)')].id");
        org.assertj.core.api.Assertions.assertThat(ids).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<List<String>>read(organisations, "$[0].attributes.kvk")).containsExactly("91234567");
        org.assertj.core.api.Assertions.assertThat(JsonPath.<List<String>>read(
                keycloakAdmin("/admin/realms/twente/organizations/" + ids.getFirst() + "/members"), "$[*].username"))
                .containsExactly("bram@bakkerij-almelo.example");

        page.locator("#login-link").click();
        page.waitForURL(url -> url.contains("/realms/twente/"));
        // Bram is a member of the company's organisation: Keycloak asks the user name first, then the password.
        assertThat(page.locator("#password")).not().isVisible();
        typeOnKeycloakLoginPage("bram@bakkerij-almelo.example", PASSWORD);
        page.waitForURL(url -> url.startsWith(url("")) && url.contains("/werkgever"));
        settle();

        assertThat(page.locator("#company-name")).hasText("Bakkerij Keycloak Almelo B.V.");
        assertThat(page.locator(".werkbrug-user")).hasText("Bram Krenten");
        assertThat(page.locator("#colleagues")).containsText("bram@bakkerij-almelo.example");
        assertThat(page.locator("#colleagues")).containsText("Beheerder bedrijf");
        assertAccessible();
    }
}
