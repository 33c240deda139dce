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

    /** A request to Keycloak's admin API with this bearer token; the body, if any, is JSON. */
    static HttpResponse<String> asProvisioning(String method, String path, String token, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + KeycloakServer.running().keycloakPort() + path)).header("Authorization", "Bearer " + token);
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issue 13, finding 8: the realm file carries the provisioning account's fine-grained admin permissions (v2), so
     * right after the import it can do what provisioning needs (a user in the employer group, a sub-group there) and
     * nothing of what it must not (read a staff member, give anyone a realm role).
     */
    @Test
    void the_provisioning_account_creates_employer_users_but_cannot_read_staff_or_give_a_realm_role() throws Exception {
        String form = "grant_type=client_credentials&client_id=werkbrug-provisioning&client_secret=" + KeycloakServer.PROVISIONING_SECRET;
        String token = JsonPath.read(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        KeycloakServer.running().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString()).body(), "$.access_token");

        HttpResponse<String> created = asProvisioning("POST", "/admin/realms/twente/users", token, """
                {"username": "fgap.probe@bakkerij.example", "email": "fgap.probe@bakkerij.example", "firstName": "Fien",
                 "lastName": "Proef", "enabled": true}""");
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String userId = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");

        String staffId = JsonPath.read(keycloakAdmin("/admin/realms/twente/users?username=kc.hengelo&exact=true"), "$[0].id");
        org.assertj.core.api.Assertions.assertThat(asProvisioning("GET", "/admin/realms/twente/users/" + staffId, token, null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> search = asProvisioning("GET", "/admin/realms/twente/users?username=kc.hengelo&exact=true", token, null);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<List<String>>read(search.body(), "$[*].username")).isEmpty();
        String staffRole = keycloakAdmin("/admin/realms/twente/roles/werkbrug-staff");
        org.assertj.core.api.Assertions.assertThat(asProvisioning("POST", "/admin/realms/twente/users/" + userId
                + "/role-mappings/realm", token, "[" + staffRole + "]").statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(keycloakAdmin("/admin/realms/twente/users/" + userId + "/role-mappings/realm"))
                .doesNotContain("werkbrug-staff");

        // the employer group, named by the id the realm file gives it (the permission names the group by id)
        String werkgever = JsonPath.read(keycloakAdmin("/admin/realms/twente/group-by-path/werkgever"), "$.id");
        org.assertj.core.api.Assertions.assertThat(werkgever).isEqualTo("5a1e7b2c-3d4f-4e8a-9b6c-0d2f8e4a7c19");
        org.assertj.core.api.Assertions.assertThat(asProvisioning("PUT", "/admin/realms/twente/users/" + userId + "/groups/"
                + werkgever, token, null).statusCode()).isEqualTo(204);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<List<String>>read(
                keycloakAdmin("/admin/realms/twente/users/" + userId + "/groups"), "$[*].path")).containsExactly("/werkgever");
        org.assertj.core.api.Assertions.assertThat(asProvisioning("POST", "/admin/realms/twente/groups/" + werkgever
                + "/children", token, "{\"name\": \"fgap-probe\"}").statusCode()).isEqualTo(201);
    }
}
