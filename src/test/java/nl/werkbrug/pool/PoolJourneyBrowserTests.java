package nl.werkbrug.pool;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional pool in a real browser with axe on every page: the Hengelo consultant records the candidate's consent
 * per audience in the file, and the ledger shows and exports every line; the whole journey of the issue from that
 * consent through search, introduction and reveal to the withdrawal that takes the profile from the employer at once.
 */
@Execution(ExecutionMode.CONCURRENT)
class PoolJourneyBrowserTests extends BrowserTest {

    @Autowired
    CandidateFiles files;
    @Autowired
    EmployerOrganisations employers;
    @Autowired
    Vacancies vacancies;

    /** A published vacancy of the demo company (Twentse Metaalwerken B.V., KvK 12345678), as its user werkgever.demo. */
    String demoVacancy(String title) {
        AtomicLong company = new AtomicLong();
        SystemTask.run(() -> company.set(employers.ensureRegistered("12345678", "Twentse Metaalwerken B.V.", "Hengelo",
                new EmployerOrganisations.Contact("Karin Wolters", "karin.wolters@metaalwerken.example",
                        "074 000 0000"))));
        PortalUser karin = TestUsers.employerUser("werkgever.demo", company.get());
        VacancyDetail draft = as(karin, () -> vacancies.create(new VacancyDraft(title,
                "Je last frames voor landbouwmachines.\n\nWe werken in dagdienst.", "7212", new BigDecimal("32"),
                "7554 RR", "Hengelo", ContractType.PERMANENT, null, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1),
                "VCA", "lassen", "Vaste collega als maatje", 1, false, false)));
        as(karin, () -> vacancies.publish(draft.id()));
        return title;
    }

    private void loginAs(String username, String path) {
        signOut();
        loginAndOpen(username, path);
    }

    private void give(String audience, String purpose) {
        openForm("pool-consent-form");
        choose("#pool-audience", audience);
        fill("#pool-purpose", purpose);
        choose("#pool-basis", "Schriftelijk (getekend formulier)");
        clickAndSettle("#pool-give");
    }

    private void searchWelders(String marker) {
        page.locator("#pool-occupation input").fill("Lasser");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("7212 Lasser")).click();
        fill("#pool-postcode", "7511");
        fill("#pool-km", "15");
        fill("#pool-text", marker);
        clickAndSettle("#pool-search");
    }

    @Test
    void consent_search_introduction_reveal_and_withdrawal_across_hengelo_enschede_and_the_demo_employer()
            throws Exception {
        String marker = PoolProfiles.marker();
        long file = hengeloWelder("Vonk", marker);
        String vacancy = demoVacancy("Constructielasser " + marker);

        // Hengelo records consent for the region's consultants and for employers
        loginAs("consulent.hengelo", "gemeente/hengelo/dossiers/" + file);
        give("Consulenten van de andere gemeenten in de regio", "Bemiddeling naar werk in de regio");
        give("Werkgevers in de regio", "Werkgevers in Twente mogen mijn profiel zien");
        assertThat(page.locator("#pool-state")).containsText("zichtbaar voor consulenten van de regio en werkgevers");
        String pseudonym = page.locator("#pool-state").innerText().replaceAll("(?s).*(P-[0-9A-Z]{5}-[0-9A-Z]{5}).*", "$1");

        // Enschede's consultant finds the profile by occupation and distance
        loginAs("consulent.enschede", "gemeente/enschede/pool");
        searchWelders(marker);
        assertThat(page.locator("#pool-hits")).containsText(pseudonym);
        assertThat(page.locator("#pool-hits")).containsText("Zelfde beroep");
        assertThat(page.locator("#pool-hits")).not().containsText("Vonk");
        assertAccessible();

        // the demo employer finds it too, saves the search and asks for an introduction with its vacancy
        loginAs("werkgever.demo", "werkgever/pool");
        searchWelders(marker);
        assertThat(page.locator("#pool-hits")).containsText(pseudonym);
        fill("#pool-saved-name", "Lassers bij Hengelo " + marker);
        clickAndSettle("#pool-save");
        assertThat(page.locator("#pool-message")).hasText("De zoekopdracht is bewaard.");
        followTo(page.locator("#pool-hits").getByText(pseudonym), "**/werkgever/pool/profiel/" + pseudonym);
        assertThat(page.locator("#introduction-panel")).isVisible();
        assertThat(page.locator("main")).not().containsText("Vonk");
        assertAccessible();
        choose("#introduction-vacancy", vacancy + " (Twentse Metaalwerken B.V.)");
        clickAndSettle("#introduction-ask");
        assertThat(page.locator("#introduction-state")).containsText("Aangevraagd");

        // Hengelo asks the candidate and records consent for this requester in its inbox
        loginAs("consulent.hengelo", "gemeente/hengelo/kennismakingen");
        assertThat(page.locator("#introductions")).containsText(pseudonym);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Verzoek voor profiel " + pseudonym + " van Twentse Metaalwerken B.V. beantwoorden")).click();
        settle();
        choose("#answer-basis", "Mondeling (in gesprek, vastgelegd door de consulent)");
        clickAndSettle("#answer-consent");
        assertThat(page.locator("#introductions-status")).hasText(
                "De toestemming is vastgelegd: de aanvrager ziet nu naam en contactgegevens.");

        // the employer now sees name and phone
        loginAs("werkgever.demo", "werkgever/pool/profiel/" + pseudonym);
        assertThat(page.locator("#introduction-candidate")).containsText("Naam: Sem Vonk");
        assertThat(page.locator("#introduction-candidate")).containsText("Telefoon: 074 123 4567");
        assertAccessible();

        // the candidate withdraws employer consent: gone from the employer's search, saved search and direct URL at once
        loginAs("consulent.hengelo", "gemeente/hengelo/dossiers/" + file);
        openForm("pool-consent-form");
        choose("#pool-audience", "Werkgevers in de regio");
        fill("#pool-purpose", "Op verzoek van de kandidaat");
        choose("#pool-basis", "Mondeling (in gesprek, vastgelegd door de consulent)");
        clickAndSettle("#pool-withdraw");
        assertThat(page.locator("#pool-state")).containsText("zichtbaar voor consulenten van de andere gemeenten in de regio");

        loginAs("werkgever.demo", "werkgever/pool");
        searchWelders(marker);
        assertThat(page.locator("#pool-hits")).not().containsText(pseudonym);
        open("werkgever/pool/bewaard");
        followTo(page.locator("#pool-saved").getByText("Lassers bij Hengelo " + marker), "**/werkgever/pool?bewaard=*");
        assertThat(page.locator("#pool-hits")).not().containsText(pseudonym);
        assertAccessible();
        open("werkgever/pool/profiel/" + pseudonym);
        assertThat(page.locator("#pool-profile-message")).hasText("Dit profiel is niet gevonden of niet meer zichtbaar.");
        assertThat(page.locator("main")).not().containsText("Vonk");
        assertAccessible();

        // while Enschede's consultant still sees it
        loginAs("consulent.enschede", "gemeente/enschede/pool/profiel/" + pseudonym);
        assertThat(page.locator("#pool-profile-pseudonym")).hasText(pseudonym);
        assertAccessible();
    }

    /** A Hengelo file of the demo consultant, with a profile a searcher can find: a welder (ISCO 7212) in Hengelo. */
    long hengeloWelder(String familyName) {
        return hengeloWelder(familyName, "tekening lezen");
    }

    long hengeloWelder(String familyName, String skill) {
        PortalUser hengelo = consultant("consulent.hengelo", "hengelo");
        long id = as(hengelo, "hengelo", () -> files.open(null, CandidateFixtures.identity("Sem", familyName))).id();
        as(hengelo, "hengelo", () -> files.editProfile(id, new CandidateProfile(List.of("7212"),
                List.of("MIG-lassen", "TIG-lassen", skill), EducationLevel.MBO_2,
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

        openForm("pool-consent-form");
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
