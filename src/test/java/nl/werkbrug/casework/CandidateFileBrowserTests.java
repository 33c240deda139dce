package nl.werkbrug.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.candidates.CandidateFixtures;
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
 * overlay, ending with the candidate's inzage PDF. The portal's clock stands on 1 December 2026, so this class runs
 * alone; the file's tests that need no clock run beside other journeys in {@link CandidateFileGuardBrowserTests}.
 */
class CandidateFileBrowserTests extends BrowserTest {

    @Autowired
    MutableClock clock;

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
        // no form is built before its heading is clicked
        assertThat(page.locator("#rung-form")).hasCount(0);
        assertThat(page.locator("#identity-edit")).hasCount(0);
        page.locator("#identity-edit-details vaadin-details-summary").click();
        assertThat(page.locator("#identity-save")).isVisible();
        assertThat(page.locator("#given-name input")).hasValue("Noor");
        assertAccessible();
        page.locator("#identity-edit-details vaadin-details-summary").click();

        openForm("rung-form");
        fill("#rung", "2");
        date("#assessed-on", "2-3-2026");
        fill("#rung-note", "Weinig contacten buiten het gezin.");
        save("#rung-form", "De trede is vastgelegd.");
        // the form the consultant used is open again, empty, for the next entry
        assertThat(page.locator("#rung input")).hasValue("");
        fill("#rung", "4");
        date("#assessed-on", "15-10-2026");
        fill("#rung-note", "Vrijwilligerswerk bij de voedselbank.");
        save("#rung-form", "De trede is vastgelegd.");
        assertThat(page.locator("#current-rung")).containsText("4 – Onbetaald werk of vrijwilligerswerk");
        assertThat(page.locator("#ladder-history li")).hasCount(2);

        openForm("flag-form");
        choose("#flag", "Statushouder");
        fill("#flag-basis", "Verblijfsvergunning asiel");
        date("#flag-from", "1-1-2026");
        save("#flag-form", "De doelgroep is vastgelegd.");
        openForm("obstacles-form");
        page.locator("#obstacle-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Taal")).click();
        page.locator("#obstacle-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Geen werkervaring")).click();
        date("#obstacles-from", "2-3-2026");
        save("#obstacles-form", "De belemmeringen zijn vastgelegd.");

        openForm("plan-form");
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

        openForm("outflow-form");
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
}
