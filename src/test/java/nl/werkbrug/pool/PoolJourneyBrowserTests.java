package nl.werkbrug.pool;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional pool in a real browser with axe on every page: the Hengelo consultant records the candidate's consent
 * per audience in the file, and the ledger shows and exports every line.
 */
class PoolJourneyBrowserTests extends BrowserTest {

    @Autowired
    CandidateFiles files;

    /** A Hengelo file of the demo consultant, with a profile a searcher can find: a welder (ISCO 7212) in Hengelo. */
    long hengeloWelder(String familyName) {
        PortalUser hengelo = consultant("consulent.hengelo", "hengelo");
        long id = as(hengelo, "hengelo", () -> files.open(null, CandidateFixtures.identity("Sem", familyName))).id();
        as(hengelo, "hengelo", () -> files.editProfile(id, new CandidateProfile(List.of("7212"),
                List.of("MIG-lassen", "TIG-lassen", "tekening lezen"), EducationLevel.MBO_2,
                List.of(new CandidateProfile.LanguageSkill("Nederlands", LanguageLevel.B2)), true, 32,
                LocalDate.of(2026, 11, 1), 25, "", "")));
        return id;
    }

    @Test
    void the_hengelo_consultant_records_consent_per_audience_and_its_withdrawal_and_the_ledger_shows_and_exports_it()
            throws Exception {
        long file = hengeloWelder("Lasser");
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/dossiers/" + file);
        assertThat(page.locator("#pool-state")).containsText("staat niet in de regionale kandidatenpool");

        clickAndSettle("#pool-give");
        assertThat(page.locator("#pool-consent-form-message")).not().isEmpty();
        assertThat(page.locator("#pool-audience")).hasAttribute("invalid", "");
        assertAccessible();

        choose("#pool-audience", "Consulenten van de andere gemeenten in de regio");
        fill("#pool-purpose", "Bemiddeling naar werk in de regio");
        choose("#pool-basis", "Schriftelijk (getekend formulier)");
        clickAndSettle("#pool-give");
        assertThat(page.locator("#file-saved")).hasText("De toestemming is vastgelegd.");
        assertThat(page.locator("#pool-state")).containsText("zichtbaar voor consulenten van de andere gemeenten in de regio");
        choose("#pool-audience", "Werkgevers in de regio");
        fill("#pool-purpose", "Werkgevers in Twente mogen mijn profiel zien");
        choose("#pool-basis", "Digitaal (e-mail of bericht van de kandidaat)");
        clickAndSettle("#pool-give");
        assertThat(page.locator("#pool-state")).containsText("zichtbaar voor consulenten van de regio en werkgevers");
        // Hengelo's term is 90 days: employers see it up to 90 days after today's confirmation
        assertThat(page.locator("#pool-state")).containsText("Werkgevers zien het profiel tot en met");
        assertThat(page.locator("#pool-ledger li")).hasCount(2);
        assertAccessible();

        choose("#pool-audience", "Werkgevers in de regio");
        fill("#pool-purpose", "Op verzoek van de kandidaat");
        choose("#pool-basis", "Mondeling (in gesprek, vastgelegd door de consulent)");
        clickAndSettle("#pool-withdraw");
        assertThat(page.locator("#file-saved")).hasText(
                "De intrekking is vastgelegd; het profiel is direct niet meer zichtbaar voor die groep.");
        assertThat(page.locator("#pool-state")).containsText("zichtbaar voor consulenten van de andere gemeenten in de regio");
        assertThat(page.locator("#pool-ledger li").last()).containsText(
                "toestemming ingetrokken voor Werkgevers in de regio; reden: Op verzoek van de kandidaat");

        Download csv = page.waitForDownload(() -> page.locator("#pool-ledger-csv").click());
        String ledger = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(ledger.lines()).hasSize(4);
        org.assertj.core.api.Assertions.assertThat(ledger).contains("Ingetrokken", "Op verzoek van de kandidaat");
        assertAccessible();
    }
}
