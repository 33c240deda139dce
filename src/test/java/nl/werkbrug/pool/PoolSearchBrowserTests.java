package nl.werkbrug.pool;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.pool.PoolProfiles.ENSCHEDE;
import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;

import java.util.List;

import com.microsoft.playwright.Locator;
import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The pool search in the browser, with axe on every screen: Enschede's consultant finds a Hengelo profile by
 * occupation and distance and opens its page; the demo employer finds it too until the employer consent is
 * withdrawn, after which the direct address says only "not found or no longer visible"; a saved search notices a
 * new profile; an upside-down hours range is refused at its field.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("werkbrug.user.consulent.hellendoorn")
class PoolSearchBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    String lasser(String marker, String tenant, String area, double[] place) {
        return profiles().insert(at(tenant, area, place, List.of("7212"), List.of("lassen", "tig-lassen"), 75)
                .audiences(true, true, profiles().today().plusDays(30)), marker);
    }

    Locator hits() {
        return page.locator("#pool-hits");
    }

    @Test
    void enschede_s_consultant_finds_a_hengelo_profile_by_occupation_and_distance_and_opens_its_page() {
        String marker = PoolProfiles.marker();
        String pseudonym = lasser(marker, "hengelo", "7551", HENGELO);
        login("consulent.enschede");
        open("gemeente/enschede/pool");
        assertThat(heading()).hasText("Kandidatenpool");
        assertAccessible();

        page.locator("#pool-occupation input").fill("Lasser");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("7212 Lasser")).click();
        fill("#pool-postcode", "7511");
        fill("#pool-km", "10");
        fill("#pool-text", marker);
        clickAndSettle("#pool-search");

        assertThat(page.locator("#pool-count")).hasText("1 profiel gevonden, 1 tot en met 1 getoond");
        assertThat(hits()).containsText(pseudonym);
        assertThat(hits()).containsText("Zelfde beroep");
        assertThat(hits()).containsText("Binnen 9 km");
        assertThat(hits()).containsText("Lasser · Hengelo, 7551 · 32 uur · trede 3");
        assertAccessible();

        followTo(hits().getByText(pseudonym), "**/gemeente/enschede/pool/profiel/" + pseudonym);
        assertThat(page.locator("#pool-profile-pseudonym")).hasText(pseudonym);
        assertThat(page.locator("#pool-profile-occupations")).hasText("Lasser");
        assertThat(page.locator("#pool-profile-facts")).not().containsText("Marktstraat");
        assertAccessible();
    }

    @Test
    void the_employer_sees_the_profile_until_the_employer_consent_is_withdrawn_and_then_not_even_by_its_address() {
        String marker = PoolProfiles.marker();
        String pseudonym = lasser(marker, "hengelo", "7551", HENGELO);
        login("werkgever.demo");
        open("werkgever/pool");
        assertAccessible();
        fill("#pool-text", marker);
        clickAndSettle("#pool-search");
        assertThat(hits()).containsText(pseudonym);
        open("werkgever/pool/profiel/" + pseudonym);
        assertThat(page.locator("#pool-profile-pseudonym")).hasText(pseudonym);
        assertAccessible();

        profiles().consent("hengelo", pseudonym, true, false);

        open("werkgever/pool/profiel/" + pseudonym);
        assertThat(page.locator("#pool-profile-message")).hasText("Dit profiel is niet gevonden of niet meer zichtbaar.");
        assertAccessible();
        open("werkgever/pool/profiel/P-00000-00000");
        assertThat(page.locator("#pool-profile-message")).hasText("Dit profiel is niet gevonden of niet meer zichtbaar.");
    }

    @Test
    void a_saved_search_shows_a_badge_for_a_profile_that_became_visible_since_it_was_last_run() {
        String marker = PoolProfiles.marker();
        lasser(marker, "enschede", "7511", ENSCHEDE);
        login("consulent.hellendoorn");
        open("gemeente/hellendoorn/pool");
        fill("#pool-text", marker);
        clickAndSettle("#pool-search");
        fill("#pool-saved-name", "Lassers " + marker);
        clickAndSettle("#pool-save");
        assertThat(page.locator("#pool-message")).hasText("De zoekopdracht is bewaard.");

        // the portal's clock runs on real time: this profile becomes visible after the search was saved
        lasser(marker, "hengelo", "7551", HENGELO);
        open("gemeente/hellendoorn/pool/bewaard");

        Locator saved = page.locator("#pool-saved li").filter(new Locator.FilterOptions().setHasText(marker));
        assertThat(saved).containsText("1 nieuw");
        assertAccessible();
        followTo(saved.getByText("Lassers " + marker), "**/gemeente/hellendoorn/pool?bewaard=*");
        assertThat(page.locator("#pool-count")).hasText("2 profielen gevonden, 1 tot en met 2 getoond");
        open("gemeente/hellendoorn/pool/bewaard");
        assertThat(page.locator("#pool-saved li").filter(new Locator.FilterOptions().setHasText(marker)))
                .not().containsText("nieuw");
    }

    @Test
    void an_upside_down_hours_range_is_refused_at_its_field() {
        login("consulent.enschede");
        open("gemeente/enschede/pool");
        fill("#pool-min-hours", "32");
        fill("#pool-max-hours", "20");
        clickAndSettle("#pool-search");

        assertThat(page.locator("#pool-max-hours [slot=error-message]"))
                .hasText("Het hoogste aantal uren is lager dan het laagste.");
        assertThat(page.locator("#pool-message")).containsText("Niet alles is goed ingevuld.");
        assertAccessible();
    }

    /** Issue 13, bad input in the browser: hostile numbers are refused at their fields, hostile texts only searched. */
    @Test
    void hostile_input_typed_into_the_pool_search_is_refused_at_its_fields_or_searched_as_text() {
        login("consulent.enschede");
        open("gemeente/enschede/pool");
        HostileForm form = new HostileForm("gemeente/enschede/pool", page, this::settle);
        for (String number : HostileForm.NUMBERS) {
            form.attempt(java.util.Map.of("#pool-km", number, "#pool-min-hours", number, "#pool-text", number), "#pool-search");
        }
        fill("#pool-km", "");
        fill("#pool-min-hours", "");
        for (String text : HostileForm.TEXTS) {
            form.attempt(java.util.Map.of("#pool-text", text, "#pool-postcode", text), "#pool-search");
        }
        form.report();
    }
}
