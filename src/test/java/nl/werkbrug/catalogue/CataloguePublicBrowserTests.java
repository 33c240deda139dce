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
        // Enschede's own amounts show; the notice is about the region's koffer
        assertThat(page.locator("#amounts-hidden-notice")).containsText("Bij Enschede worden sommige bedragen niet getoond");
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
        // the Werkplein Twente koffer's amounts are not shared in detail with employers (the region's decision)
        assertThat(page.locator("#instrument-twents-fonds-voor-vakmanschap .catalogue-amount")).hasText("Niet getoond");
        assertThat(page.locator("#instrument-loonkostenvoordeel .catalogue-amount")).hasText("€ 2.000 tot maximaal € 6.000 per jaar");
        assertThat(page.locator("#instrument-uitstroombonus")).hasCount(0);
        assertAccessible();

        Response direct = open("instrumenten/twente/twents-fonds-voor-vakmanschap");
        assertThat(direct.status()).isEqualTo(200);
        assertThat(page.locator("#instrument-name")).hasText("Twents Fonds voor Vakmanschap");
    }

    @Test
    void the_koffer_s_amounts_are_hidden_in_every_municipality_and_the_page_says_why() {
        open("instrumenten/hengelo");

        assertThat(page.locator("#amounts-hidden-notice")).containsText("de regio of de gemeente deelt ze niet in detail");
        assertThat(page.locator("#instrument-twents-fonds-voor-vakmanschap .catalogue-amount")).containsText("Niet getoond");
        assertAccessible();

        open("instrumenten/almelo/twents-fonds-voor-vakmanschap");
        assertThat(page.locator("#fact-amount")).containsText("Niet getoond");
        assertThat(page.locator("main")).not().containsText("5.000");
    }

    @Test
    void an_employer_reads_only_what_the_sources_state_with_references_instead_of_file_names() {
        // Werkplekaanpassing in Hengelo: the source states no amount, duration, deadline, decision term or provider
        open("instrumenten/hengelo/werkplekaanpassing");

        assertThat(page.locator("#instrument-name")).hasText("Werkplekaanpassing");
        assertThat(page.locator("main")).not().containsText("Niet vermeld");
        assertThat(page.locator("#fact-duration")).hasCount(0);
        assertThat(page.locator("#fact-decision-term")).hasCount(0);
        assertThat(page.locator(".catalogue-sources")).containsText(
                "Werk maken van werk - Hoofdlijnen re-integratie en participatiebeleid Gemeente Hengelo 2016-2020. Gemeente Hengelo, 2016");
        assertThat(page.locator("main")).not().containsText(".txt");
        assertThat(page.locator("main")).not().containsText(".md");
        assertThat(page.locator(".catalogue-quote")).hasCount(0);
        assertAccessible();
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
