package nl.werkbrug.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The public catalogue for employers, without login, on a desktop and on a phone. */
@Execution(ExecutionMode.CONCURRENT)
class CataloguePublicBrowserTests extends BrowserTest {

    @Test
    void an_enschede_visitor_sees_1500_euro_for_the_uitstroombonus_without_logging_in() {
        open("instrumenten/enschede");

        assertThat(page).hasURL(url("instrumenten/enschede"));
        assertThat(heading())
                .hasText("Ondersteuning voor werkgevers in Enschede");
        assertThat(page.locator("#need-financiele-steun #instrument-uitstroombonus .catalogue-amount"))
                .hasText("€ 1.500 eenmalig");
        assertThat(page.locator("#need-proefplaatsen-en-leren #instrument-proefplaatsing .catalogue-duration"))
                .hasText("maximaal 3 maanden");
        assertThat(page.locator("#amounts-hidden-notice")).hasCount(0);
        assertAccessible();

        followTo(page.locator("#instrument-uitstroombonus h3 a"), "**/instrumenten/enschede/uitstroombonus");

        assertThat(page.locator("#instrument-name")).hasText("Uitstroombonus");
        assertThat(page.locator("#fact-amount")).hasText("€ 1.500 eenmalig");
        assertThat(page.locator("#fact-conditions")).containsText("Arbeidscontract van minimaal 6 maanden");
        assertThat(page.locator("#fact-conditions")).containsText("Volledige uitstroom uit de uitkering");
        assertAccessible();
    }

    @Test
    void the_region_page_shows_the_instrumentenkoffer_with_a_stable_url_per_instrument() {
        open("instrumenten");

        assertThat(heading())
                .hasText("Ondersteuning voor werkgevers in de regio Twente");
        assertThat(page.locator("#instrument-twents-fonds-voor-vakmanschap .catalogue-amount")).hasText("maximaal € 5.000 eenmalig");
        assertThat(page.locator("#instrument-uitstroombonus")).hasCount(0);
        assertAccessible();

        Response direct = open("instrumenten/twente/twents-fonds-voor-vakmanschap");
        assertThat(direct.status()).isEqualTo(200);
        assertThat(page.locator("#instrument-name")).hasText("Twents Fonds voor Vakmanschap");
    }

    @Test
    void hengelos_page_hides_every_amount_and_says_why() {
        open("instrumenten/hengelo");

        assertThat(page.locator("#amounts-hidden-notice")).containsText("Hengelo toont werkgevers geen bedragen");
        assertThat(page.locator("#instrument-loonkostenvoordeel .catalogue-amount")).containsText("Niet getoond");
        assertThat(page.locator("main")).not().containsText("€");
        assertAccessible();

        open("instrumenten/hengelo/loonkostenvoordeel");
        assertThat(page.locator("#fact-amount")).containsText("Niet getoond");
        assertThat(page.locator("main")).not().containsText("€");
    }

    @Test
    void the_catalogue_reads_well_on_a_phone() {
        page.setViewportSize(390, 844);
        open("instrumenten/enschede");

        assertThat(page.locator("#instrument-uitstroombonus")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"instrumenten/atlantis", "instrumenten/hengelo/uitstroombonus"})
    void an_unknown_municipality_or_instrument_gives_the_404_page(String path) {
        open(path);
        assertThat(heading()).hasText("Pagina niet gevonden");
    }
}
