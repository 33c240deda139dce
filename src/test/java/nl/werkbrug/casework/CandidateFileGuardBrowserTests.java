package nl.werkbrug.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.util.regex.Pattern;

import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a candidate's file keeps out, in a real browser: a Borne file stays out of sight of a consultant without
 * Borne membership, and the intake refuses hostile input at its fields or shows it as text. Neither needs the
 * portal's clock (the journey through a file in {@link CandidateFileBrowserTests} does, and so runs alone), so these
 * run beside the other journeys (ADR 0012): each opens files of its own, under names no other class looks for.
 */
@Execution(ExecutionMode.CONCURRENT)
class CandidateFileGuardBrowserTests extends BrowserTest {

    @Autowired
    CandidateFiles files;

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
