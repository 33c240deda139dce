package nl.werkbrug.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The same instrument across the region's municipalities, side by side, differences marked visually and in words. */
@Execution(ExecutionMode.CONCURRENT)
class CatalogueComparisonBrowserTests extends BrowserTest {

    Locator cell(String row, String municipality) {
        return page.locator("#row-" + row + " td[data-municipality=" + municipality + "]");
    }

    @Test
    void the_comparison_shows_proefplaatsing_in_all_fourteen_municipalities_side_by_side() {
        open("instrumenten/vergelijken/proefplaatsing");

        assertThat(page.locator("#comparison-title")).hasText("Proefplaatsing per gemeente vergeleken");
        assertThat(page.locator("#comparison thead th")).hasText(new String[] {"Onderdeel", "Almelo", "Borne", "Dinkelland",
                "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten",
                "Tubbergen", "Twenterand", "Wierden"});
        assertThat(cell("max-duration", "enschede")).hasText("maximaal 3 maanden");
        assertThat(cell("max-duration", "hengelo")).hasText("maximaal 3 maanden");
        // Hellendoorn's sources state no maximum: the cell says nothing rather than "Niet vermeld in bron"
        assertThat(cell("max-duration", "hellendoorn")).hasText("–");
        // a koffer instrument: the region does not show employers its amounts, in any municipality
        assertThat(cell("amount", "enschede")).containsText("Niet getoond");
        assertThat(cell("amount", "almelo")).containsText("Niet getoond");
        assertThat(page.locator("main")).not().containsText("Niet vermeld");

        assertThat(page.locator("#row-max-duration")).hasClass("catalogue-differs");
        assertThat(page.locator("#row-max-duration th")).containsText("Verschilt per gemeente");
        assertThat(page.locator("#row-amount th")).not().containsText("Verschilt");
        assertThat(page.locator("#row-offered")).not().hasClass("catalogue-differs");
        // no municipality's sources state a decision term: the row is left out
        assertThat(page.locator("#row-decision-term")).hasCount(0);
        assertThat(page.locator("#comparison-summary")).containsText("maximale duur");
        assertAccessible();
    }

    @Test
    void an_instrument_only_enschede_offers_is_marked_as_not_offered_elsewhere() {
        open("instrumenten/vergelijken/uitstroombonus");

        assertThat(cell("offered", "enschede")).hasText("Ja");
        assertThat(cell("offered", "hengelo")).hasText("Niet in de catalogus van deze gemeente");
        assertThat(page.locator("#row-offered th")).containsText("Verschilt per gemeente");
        assertThat(cell("amount", "enschede")).hasText("€ 1.500 eenmalig");
        assertAccessible();
    }

    @Test
    void a_coordinator_reaches_the_comparison_from_an_instrument_page() {
        login("coordinator.twente");
        open("instrumenten/twente/jobcoaching");
        // staff see what the sources leave open; employers do not (CataloguePublicBrowserTests)
        assertThat(page.locator("#fact-decision-term")).hasText("Niet vermeld in bron");

        page.locator("#compare-link").click();
        page.waitForURL("**/instrumenten/vergelijken/jobcoaching");
        settle();

        assertThat(page.locator("#comparison-title")).hasText("Jobcoaching per gemeente vergeleken");
        assertThat(cell("provider", "hellendoorn")).hasText("Soweco (ingekocht)");
        assertThat(page.locator("#row-provider th")).containsText("Verschilt per gemeente");
        assertThat(page.locator("#nav-portal")).hasText("Naar het portaal");
        assertAccessible();
    }
}
