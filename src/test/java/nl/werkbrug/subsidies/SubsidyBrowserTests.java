package nl.werkbrug.subsidies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import nl.werkbrug.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The main path in the browser, checked with axe: an employer requests jobcoaching for a Hengelo resident, the
 * Hengelo consultant asks for information, the employer answers, the consultant grants it and the employer downloads
 * the decision letter; the Enschede consultant never sees the request. And bad input at the form's fields.
 */
@Execution(ExecutionMode.CONCURRENT)
class SubsidyBrowserTests extends BrowserTest {

    @Autowired
    SubsidyDecisions decisions;

    private void startJobcoachingRequest() {
        loginAndOpen("werkgever.demo", "werkgever/aanvragen/nieuw");
        choose("#municipality", "Hengelo");
        choose("#instrument", "Jobcoaching");
        fill("#employee-name", "Jan Jansen");
        date("#birth-date", "14-3-1990");
    }

    private void logout() {
        signOut();
    }

    @Test
    void an_employer_requests_jobcoaching_hengelo_asks_and_grants_and_enschede_never_sees_it() throws Exception {
        startJobcoachingRequest();
        assertAccessible();
        fill("#bsn", "111222333");
        date("#contract-start", "1-12-2026");
        date("#contract-end", "30-11-2027");
        fill("#hours-per-week", "32");
        fill("#monthly-wage", "2300");
        page.locator("#coach-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Externe jobcoach")).click();
        fill("#coach-hours", "6");
        page.locator("#upload input[type=file]").setInputFiles(new FilePayload("contract.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page.locator("#uploaded-files")).containsText("contract.pdf");
        clickAndSettle("#check");
        assertThat(page.locator("#applicability")).not().isEmpty();
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/werkgever/aanvragen/hengelo/\\d+\\?ingediend=ja$"));
        settle();
        Matcher id = Pattern.compile("/werkgever/aanvragen/hengelo/(\\d+)\\?").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        long requestId = Long.parseLong(id.group(1));
        assertThat(page.locator("#request-status")).hasText("Ingediend");
        assertThat(page.locator("#request-bsn")).hasText("******333");
        assertThat(page.locator("#request-deadline")).not().isEmpty();
        assertThat(page.locator("#request-decision-term")).hasText("8 weken (Awb art. 4:13, geen eigen termijn vastgesteld)");
        String reference = page.locator("#request-reference").textContent().strip();
        assertThat(page.locator("#submitted-confirmation")).containsText("Uw kenmerk is " + reference);
        assertAccessible();
        logout();

        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen");
        assertThat(page.locator("#subsidy-queue")).containsText(reference);
        assertAccessible();
        open("gemeente/hengelo/aanvragen/" + requestId);
        assertThat(page.locator("#case-bsn")).hasText("111222333");
        assertThat(page.locator("main")).containsText("contract.pdf");
        fillAndClick("#question textarea", "Stuur ons ook het plan van aanpak van de jobcoach.", "#ask");
        assertThat(page.locator("#case-status")).hasText("Aanvullende informatie gevraagd");
        assertThat(page.locator("#case-deadline")).containsText("staat stil");
        assertAccessible();
        logout();

        login("werkgever.demo");
        // The employer home shows the municipality's question first, and the open request with its status.
        assertThat(page.locator(".werkbrug-notice")).containsText("Gemeente Hengelo vraagt aanvullende informatie bij uw aanvraag Jobcoaching");
        assertThat(page.locator("#open-requests")).containsText("Aanvullende informatie gevraagd");
        assertAccessible();
        open("werkgever/aanvragen/hengelo/" + requestId);
        assertThat(page.locator("main")).containsText("plan van aanpak");
        page.locator("#upload input[type=file]").setInputFiles(new FilePayload("plan.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0}));
        assertThat(page.locator("#upload-stored")).containsText("plan.png");
        assertAccessible();
        fillAndClick("#answer textarea", "Het plan van aanpak zit als bijlage bij dit antwoord.", "#send-answer");
        assertThat(page.locator("#request-status")).hasText("In behandeling");
        logout();

        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen/" + requestId);
        // The grant rests on the jobcoaching plan: period and hours (from the request), goals, whose judgement, tariff.
        assertThat(page.locator("#case-decision-term")).hasText("8 weken (Awb art. 4:13, geen eigen termijn vastgesteld)");
        page.locator("#coach-goals textarea").fill("Zelfstandig de werkdag indelen.");
        page.locator("#coach-judged-by input").fill("Jobcoachorganisatie Twente");
        page.locator("#coach-tariff input").fill("62,50");
        page.locator("#coach-tariff input").press("Tab");
        page.locator("#coach-plan-save").click();
        assertThat(page.locator("#coaching-plan-recorded")).containsText("tarief ingevoerd, niet uit de catalogus");
        page.locator("#outcome vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Toegekend")).click();
        fillAndClick("#reasons textarea", "De werknemer heeft begeleiding op de werkplek nodig om het werk vol te houden.", "#decide");
        assertThat(page.locator("#case-status")).hasText("Toegekend");
        assertThat(page.locator("main")).containsText("plan.png");
        assertAccessible();
        logout();

        loginAndOpen("werkgever.demo", "werkgever/aanvragen/hengelo/" + requestId);
        assertThat(page.locator("#request-status")).hasText("Toegekend");
        Download download = page.waitForDownload(() -> page.locator("#decision-letter").click());
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text)
                .contains("Gemeente Hengelo", "Beschikking jobcoaching", "Twentse Metaalwerken B.V.",
                        "Wij kennen uw aanvraag toe", "begeleiding op de werkplek",
                        "van 1 december 2026 tot en met 30 november 2027 (12 maanden)",
                        "externe jobcoach: 6 uur per maand, in totaal 72 uur", "62,50 per uur",
                        "375,00 per maand en", "4.500,00 voor de hele periode", "bij de aanvraag ingevoerd")
                .doesNotContain("111222333");
        assertAccessible();
        logout();

        loginAndOpen("consulent.enschede", "gemeente/enschede/aanvragen");
        assertThat(page.locator("#subsidy-queue")).not().containsText(reference);
        open("gemeente/enschede/aanvragen/" + requestId);
        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(page.locator("body")).not().containsText("Jan Jansen");
        open("gemeente/hengelo/aanvragen/" + requestId);
        assertThat(heading()).hasText("Geen toegang");
        assertThat(page.locator("body")).not().containsText("Jan Jansen");
        org.assertj.core.api.Assertions.assertThat(as(consultant("consulent.enschede", "enschede"), "enschede",
                () -> decisions.open(requestId))).isEmpty();
    }

    @Test
    void bad_input_gets_a_dutch_message_at_its_field_and_the_draft_keeps_everything_else() {
        startJobcoachingRequest();
        fill("#bsn", "123456789");
        assertThat(page.locator("#bsn")).hasAttribute("invalid", "");
        assertThat(page.locator("#bsn")).containsText("elfproef");
        date("#contract-start", "1-12-2026");
        date("#contract-end", "1-11-2026");
        assertThat(page.locator("#contract-end")).containsText("De einddatum moet na de begindatum liggen.");

        page.locator("#upload input[type=file]").setInputFiles(new FilePayload("groot.pdf", "application/pdf",
                new byte[10 * 1024 * 1024 + 1]));   // one byte over 10 MB: the browser refuses it before sending
        assertThat(page.locator("#upload-error")).hasText("Dit bestand is groter dan 10 MB. Kies een kleiner bestand.");
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        page.locator("#upload input[type=file]").setInputFiles(new FilePayload("contract.pdf", "application/pdf", executable));
        assertThat(page.locator("#upload-error")).containsText("geen PDF, JPG of PNG");

        clickAndSettle("#save-draft");
        assertThat(page.locator("#form-message")).containsText("Niet opgeslagen");
        assertThat(page.locator("#employee-name input")).hasValue("Jan Jansen");
        assertThat(page.locator("#bsn input")).hasValue("123456789");
        assertThat(page.locator("#contract-end input")).not().hasValue("");
        assertAccessible();

        fill("#bsn", "111222333");
        date("#contract-end", "30-11-2027");
        clickAndSettle("#save-draft");
        assertThat(page.locator("#form-message")).hasText("Concept opgeslagen.");
        assertThat(page.locator("#uploaded-files")).not().containsText("contract.pdf");
    }
}
