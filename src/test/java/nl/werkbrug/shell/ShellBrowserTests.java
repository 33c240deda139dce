package nl.werkbrug.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

@Execution(ExecutionMode.CONCURRENT)
// consulent.hellendoorn's preferred language changes in ShellBrowserTests; Branding logs in with that user too
@ResourceLock("werkbrug.user.consulent.hellendoorn")
class ShellBrowserTests extends BrowserTest {

    static final String ENSCHEDE_RED = "rgb(166, 25, 46)";
    static final String BORNE_PURPLE = "rgb(91, 44, 131)";
    static final String HENGELO_BLUE = "rgb(0, 82, 155)";

    @Test
    void the_enschede_consultant_sees_enschede_in_its_theme_and_gets_403_for_a_hengelo_page() {
        login("consulent.enschede");

        assertThat(page).hasURL(url("gemeente/enschede/werkvoorraad"));
        assertThat(page.locator("#active-scope")).hasText("Gemeente Enschede");
        assertThat(page.locator(".werkbrug-logo")).hasText("Werkbrug Enschede");
        assertThat(page.locator(".werkbrug-logo")).hasCSS("background-color", ENSCHEDE_RED);
        assertThat(heading()).hasText("Werkvoorraad Enschede");
        // The demo caseload (DemoCaseloads): the consultant lands on a full workspace.
        assertThat(page.getByText("Er staan nog geen kandidaten in uw werkvoorraad.")).not().isVisible();
        assertAccessible();

        open("gemeente/hengelo/werkvoorraad");

        assertThat(heading()).hasText("Geen toegang");
        assertThat(page.getByText("Werkvoorraad Hengelo")).hasCount(0);
        assertThat(page.locator("#active-scope")).not().containsText("Hengelo");
        assertAccessible();
    }

    @Test
    void the_hengelo_consultant_who_also_works_for_borne_switches_to_borne() {
        loginAndOpen("werkcoach.hengelo", "gemeente/hengelo");
        assertThat(page.locator("#active-scope")).hasText("Gemeente Hengelo");
        assertThat(page.locator(".werkbrug-logo")).hasCSS("background-color", HENGELO_BLUE);

        page.locator("#tenant-switcher").click();
        followTo(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Borne")), "**/gemeente/borne/werkvoorraad");

        assertThat(page.locator("#active-scope")).hasText("Gemeente Borne");
        assertThat(page.locator(".werkbrug-logo")).hasText("Werkbrug Borne");
        assertThat(heading()).hasText("Werkvoorraad Borne");
        assertThat(page.locator(".werkbrug-logo")).hasCSS("background-color", BORNE_PURPLE);
        assertAccessible();
    }

    @Test
    void a_wrong_password_shows_a_dutch_message_and_keeps_the_user_name() {
        open("login");
        assertAccessible();

        Response failed = page.waitForResponse(response -> response.url().endsWith("/login?error"),
                () -> typeLogin("consulent.hellendoorn", "fout-wachtwoord"));

        // the title is in the first response, not set later by a script (WCAG 2.4.2): no waiting for it
        assertThat(failed.text()).contains("<title>Inloggen - Werkbrug</title>");
        assertThat(page.title()).isEqualTo("Inloggen - Werkbrug");
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet.")).isVisible();
        assertInputValues(Map.of("vaadinLoginUsername", "consulent.hellendoorn", "vaadinLoginPassword", ""));
        assertAccessible();
    }

    @Test
    void a_page_behind_the_login_is_named_in_its_first_response() {
        login("consulent.hellendoorn");

        // the raw HTML of the first response, fetched with the browser's session, before any script runs
        assertThat(context.request().get(url("gemeente/hellendoorn/werkvoorraad")).text())
                .contains("<title>Werkvoorraad Hellendoorn - Werkbrug</title>");
        assertThat(context.request().get(url("gemeente/hellendoorn/aanvragen/12345")).text())
                .contains("<title>Subsidieaanvraag - Hellendoorn - Werkbrug</title>");
    }

    void chooseLanguage(String name) {
        page.locator("#language-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForLoadState();
        settle();
    }

    @Test
    void switching_to_english_changes_the_texts_of_the_shell() {
        login("consulent.hellendoorn");
        assertThat(page.locator("#logout")).hasText("Uitloggen");

        chooseLanguage("English");

        assertThat(page.locator("#logout")).hasText("Log out");
        assertThat(heading()).hasText("Caseload Hellendoorn");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible();

        chooseLanguage("Nederlands");
        assertThat(page.locator("#logout")).hasText("Uitloggen");
    }

    /** Logs in through the login form and checks the page the user lands on. */
    void loginLandsOn(String username, String path) {
        typeLogin(username, DEMO_PASSWORD);
        assertThat(page).hasURL(url(path));
    }

    @Test
    void the_coordinator_lands_on_the_region_with_its_municipalities() {
        loginLandsOn("coordinator.twente", "regio/twente");
        assertThat(heading()).hasText("Regio Twente");
        // What the list holds is checked without a browser: dashboards.RegionHomeViewTests
        assertAccessible();
    }

    @Test
    void the_employer_admin_lands_on_the_company() {
        loginLandsOn("werkgever.demo", "werkgever");
        assertThat(page.locator("#company-name")).hasText("Twentse Metaalwerken B.V.");
        assertThat(page.getByText("12345678")).isVisible();
        assertAccessible();
    }

    @Test
    void the_tenant_admin_lands_on_the_administration_of_the_municipality() {
        loginLandsOn("beheer.hengelo", "gemeente/hengelo/beheer");
        // Settings and members are checked without a browser: identity.TenantAdminViewTests
        assertThat(page.locator("#members")).isVisible();
        assertAccessible();
    }

    @Test
    void the_sroi_adviser_lands_on_the_overview_of_a_municipality_served_by_sociale_zaken_hengelo() {
        loginLandsOn("sroi.hengelo", "gemeente/borne");
        assertThat(heading()).hasText("Gemeente Borne");
        assertThat(page.getByText("Sociale Zaken Hengelo")).isVisible();
        assertThat(page.getByText("GM0147")).isVisible();
        assertAccessible();
    }

    @Test
    void a_failed_login_through_the_login_service_ends_on_a_dutch_page_with_a_way_back() {
        open("inloggen-mislukt");

        assertThat(heading()).hasText("Inloggen is niet gelukt");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opnieuw inloggen"))).isVisible();
        assertAccessible();
    }

    @Test
    void an_unknown_page_shows_the_dutch_404_page() {
        loginAndOpen("consulent.hengelo", "bestaat-niet");

        assertThat(heading()).hasText("Pagina niet gevonden");
        assertAccessible();
        // the check can fail: an image without a text alternative, added to the page, is named in its message
        page.evaluate("() => document.body.append(Object.assign(document.createElement('img'), {width: 40, height: 40}))");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertAccessible).hasMessageContaining("image-alt: ");
    }

    @Test
    void logging_out_returns_to_the_login_page_and_protects_the_caseload() {
        login("consulent.hengelo");

        page.locator("#logout").click();
        page.waitForURL("**/login");
        open("gemeente/hengelo/werkvoorraad");

        assertThat(page).hasURL(url("login"));
    }
}
