package nl.werkbrug.employer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import nl.werkbrug.support.KeycloakBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * With Keycloak login, registering a company creates the Keycloak user in group
 * {@code /werkgever/<employer id>/EMPLOYER_ADMIN}, and that user logs in through Keycloak's real login page.
 */
class EmployerKeycloakBrowserTests extends KeycloakBrowserTest {

    static final String PASSWORD = "Krentenbollen-uit-Almelo-2026";

    @Test
    void a_company_registered_through_the_portal_logs_in_through_keycloak_and_lands_on_its_company_home() {
        open("werkgever/registreren");
        assertThat(page).hasURL(url("werkgever/registreren"));
        assertAccessible();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("kvk", "91234567");
        values.put("company-name", "Bakkerij Keycloak Almelo B.V.");
        values.put("sbi-code", "10711");
        values.put("street", "Grotestraat");
        values.put("house-number", "88");
        values.put("postcode", "7607 CV");
        values.put("place", "Almelo");
        values.put("contact-name", "Bram Krenten");
        values.put("contact-email", "bram@bakkerij-almelo.example");
        values.put("contact-phone", "0546 123 456");
        values.put("username", "kc.hengelo");
        values.put("password", PASSWORD);
        values.put("password-again", PASSWORD);
        values.forEach((id, value) -> page.locator("#" + id + " input").fill(value));
        page.locator("#register").click();
        settle();

        // kc.hengelo is a Keycloak user already: the portal asked Keycloak.
        assertThat(page.locator("#username [slot=error-message]")).hasText("Deze gebruikersnaam is al in gebruik. Kies een andere.");
        assertThat(page.locator("#company-name input")).hasValue("Bakkerij Keycloak Almelo B.V.");

        page.locator("#username input").fill("kc.bram");
        page.locator("#register").click();
        settle();
        assertThat(page.locator("#registered")).containsText("Bakkerij Keycloak Almelo B.V. is geregistreerd");

        page.locator("#login-link").click();
        page.waitForURL(url -> url.contains("/realms/twente/"));
        page.locator("#username").fill("kc.bram");
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(url("")) && url.contains("/werkgever"));
        settle();

        assertThat(page.locator("#company-name")).hasText("Bakkerij Keycloak Almelo B.V.");
        assertThat(page.locator(".werkbrug-user")).hasText("Bram Krenten");
        assertThat(page.locator("#colleagues")).containsText("kc.bram");
        assertThat(page.locator("#colleagues")).containsText("Beheerder bedrijf");
        assertAccessible();
    }
}
