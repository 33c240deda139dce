package nl.werkbrug.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Hengelo consultant's journey through a candidate's file, in a real browser with axe on every page and open
 * overlay, ending with the candidate's inzage PDF; and a Borne file that stays out of sight of a consultant without Borne membership. The portal's clock
 * stands on 1 December 2026.
 */
class CandidateFileBrowserTests extends BrowserTest {

    @Autowired
    MutableClock clock;
    @Autowired
    CandidateFiles files;

    @BeforeEach
    void firstOfDecember() {
        clock.setTo(CandidateFileFormViewTests.FIRST_OF_DECEMBER);
    }

    private void save(String form, String savedText) {
        clickAndSettle(form + "-save");
        assertThat(page.locator("#file-saved")).hasText(savedText);
    }

    @Test
    void the_hengelo_consultant_opens_a_file_records_rungs_flag_obstacles_jobcoaching_and_outflow_and_the_history_shows_it()
            throws Exception {
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/dossiers/nieuw");
        assertAccessible();
        fill("#given-name", "Noor");
        fill("#family-name", "Bakker");
        fill("#bsn", CandidateFixtures.nextBsn());
        date("#birth-date", "17-5-1990");
        fill("#city", "Hengelo");
        choose("#benefit", "Participatiewet (bijstand)");
        date("#benefit-since", "1-3-2024");
        page.locator("#open-file").click();
        page.waitForURL(Pattern.compile(".*/gemeente/hengelo/dossiers/\\d+$"));
        settle();
        assertThat(heading()).containsText("Noor Bakker");
        assertThat(page.locator("#file-bsn")).hasText(Pattern.compile("\\*{6}\\d{3}"));
        assertAccessible();
        // the folded correction form, opened, passes too
        page.locator("#identity-edit vaadin-details-summary").click();
        assertThat(page.locator("#identity-save")).isVisible();
        assertThat(page.locator("#given-name input")).hasValue("Noor");
        assertAccessible();
        page.locator("#identity-edit vaadin-details-summary").click();

        fill("#rung", "2");
        date("#assessed-on", "2-3-2026");
        fill("#rung-note", "Weinig contacten buiten het gezin.");
        save("#rung-form", "De trede is vastgelegd.");
        fill("#rung", "4");
        date("#assessed-on", "15-10-2026");
        fill("#rung-note", "Vrijwilligerswerk bij de voedselbank.");
        save("#rung-form", "De trede is vastgelegd.");
        assertThat(page.locator("#current-rung")).containsText("4 – Onbetaald werk of vrijwilligerswerk");
        assertThat(page.locator("#ladder-history li")).hasCount(2);

        choose("#flag", "Statushouder");
        fill("#flag-basis", "Verblijfsvergunning asiel");
        date("#flag-from", "1-1-2026");
        save("#flag-form", "De doelgroep is vastgelegd.");
        page.locator("#obstacle-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Taal")).click();
        page.locator("#obstacle-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Geen werkervaring")).click();
        date("#obstacles-from", "2-3-2026");
        save("#obstacles-form", "De belemmeringen zijn vastgelegd.");

        choose("#instrument", "Jobcoaching – van toepassing");
        assertThat(page.locator("#instrument-verdict")).containsText("Dit instrument is van toepassing op deze kandidaat.");
        fill("#provider", "Regionale jobcoachpool");
        date("#deployment-start", "2-11-2026");
        date("#planned-end", "30-4-2027");
        fill("#cost", "1500");
        save("#plan-form", "Het instrument is ingezet.");
        assertThat(page.locator("#deployments")).containsText("Jobcoaching");
        page.locator("#instrument").click();
        Locator beschut = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nieuw beschut werk"));
        assertThat(beschut).hasText("Nieuw beschut werk – niet van toepassing: Er is geen positief advies beschut werk van UWV.");
        assertAccessible();
        beschut.click();
        settle();
        assertThat(page.locator("#instrument-verdict p")).hasText("Dit instrument is niet van toepassing op deze kandidaat:");
        assertThat(page.locator("#instrument-verdict li").first()).hasText("Er is geen positief advies beschut werk van UWV.");
        assertAccessible();

        choose("#outflow-reason", "Werk");
        date("#outflow-on", "1-12-2026");
        save("#outflow-form", "De uitstroom is vastgelegd; het dossier is afgesloten.");
        assertThat(page.locator("#file-closed")).isVisible();
        assertThat(page.locator("#rung-form")).hasCount(0);
        assertThat(page.locator("#plan-form")).hasCount(0);

        Locator history = page.locator("#history li");
        assertThat(history.first()).containsText("Uitstroom: Werk");
        assertThat(page.locator("#history")).containsText("Trede 2 – Sociale contacten");
        assertThat(page.locator("#history")).containsText("Trede 4 – Onbetaald werk of vrijwilligerswerk");
        assertThat(page.locator("#history")).containsText("Doelgroep: Statushouder");
        assertThat(page.locator("#history")).containsText("Belemmering: Taal");
        assertThat(page.locator("#history")).containsText("Belemmering: Geen werkervaring");
        assertThat(page.locator("#history")).containsText("Start Jobcoaching");
        assertThat(page.locator("#history")).containsText("Einde Jobcoaching: uitstroom");
        assertThat(page.locator("#history")).containsText("Dossier geopend door consulent.hengelo");
        assertAccessible();

        Download copy = page.waitForDownload(() -> page.locator("#inzage").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(copy.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Bakker", "Statushouder", "Taal", "Jobcoaching", "Werk op 1 december 2026");
        }
    }

    @Test
    void a_borne_file_is_not_found_by_the_hengelo_consultant_who_has_no_borne_membership() {
        long borneFile = as(consultant("werkcoach.borne.test", "borne"), "borne",
                () -> files.open(null, CandidateFixtures.identity("Daan", "Borner"))).id();

        loginAndOpen("consulent.hengelo", "gemeente/hengelo/dossiers/" + borneFile);
        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(page.locator("main")).not().containsText("Borner");
        assertAccessible();
        open("gemeente/borne/dossiers/" + borneFile);
        assertThat(heading()).hasText("Geen toegang");
        assertThat(page.locator("main")).not().containsText("Borner");
    }

    /**
     * Issue 13, bad input in the browser: the intake of a candidate file refuses a hostile BSN and dates at their
     * fields; a file opened with markup in its names shows them as text.
     */
    @Test
    void hostile_input_typed_into_the_intake_is_refused_at_its_fields_or_shown_as_text() {
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/dossiers/nieuw");
        choose("#benefit", "Participatiewet (bijstand)");
        HostileForm form = new HostileForm("gemeente/hengelo/dossiers/nieuw", page, this::settle);
        for (int i = 0; i < HostileForm.TEXTS.size(); i += 2) {
            String date = HostileForm.DATES.get(i / 2 % 4);
            org.assertj.core.api.Assertions.assertThat(form.attempt(java.util.Map.of("#given-name", HostileForm.TEXTS.get(i), "#family-name",
                    HostileForm.TEXTS.get(i + 1), "#city", HostileForm.TEXTS.get(i), "#bsn", HostileForm.NUMBERS.get(i / 2 % 4),
                    "#birth-date", date, "#benefit-since", date), "#open-file")).as("refused").isTrue();
        }
        form.attempt(java.util.Map.of("#given-name", "<img src=x onerror=alert(1)>", "#family-name", "\u202Eevil\u202C Jansen",
                "#city", "=HYPERLINK(\"http://evil.example\")", "#bsn", CandidateFixtures.nextBsn(), "#birth-date", "17-5-1990",
                "#benefit-since", "1-3-2024"), "#open-file");
        page.waitForURL(Pattern.compile(".*/gemeente/hengelo/dossiers/\\d+$"));
        settle();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(heading())
                .containsText("<img src=x onerror=alert(1)> \u202Eevil\u202C Jansen");
        form.report();
    }
}
