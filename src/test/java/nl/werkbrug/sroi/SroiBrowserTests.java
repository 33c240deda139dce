package nl.werkbrug.sroi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.matching.MatchingBrowserTests;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.Referrals;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The SROI journey of issue 10 in a real browser, checked with axe: Hengelo's SROI officer registers a €1,000,000
 * contract at 5% for the demo company; the employer files a plan; the officer accepts it; the employer opens an SROI
 * vacancy for the contract; an Enschede pool candidate hired on it becomes a proposed realisation, which the employer
 * confirms; Enschede, the municipality of residence, attests the target group; the officer accepts the realisation and files the
 * interim report, whose PDF shows the obligation, the accepted value and the percentage. Another employer finds no
 * such contract, and another municipality's consultant is refused at the route.
 */
// beside the other journeys (ADR 0012): its own candidate, contract and realisation, no clock, no shared count
@Execution(ExecutionMode.CONCURRENT)
class SroiBrowserTests extends BrowserTest {

    static final String BLOCK = "Participatiewet, langer dan 2 jaar (€ 40.000 per jaar)";

    @Autowired
    ApplicationContext portal;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    Referrals referrals;
    @Autowired
    SroiPlans plans;

    @Test
    void the_officer_registers_the_employer_plans_and_places_hengelo_attests_and_the_report_shows_the_fulfilment() throws Exception {
        // an Enschede resident, to be placed under Hengelo's contract: Enschede attests the target group
        PoolCandidate candidate = IntroductionFixtures.of(portal).candidate("enschede", "Sroireis", Audience.EMPLOYERS);

        // Hengelo's SROI officer registers the contract; the obligation shows while it is typed
        loginAndOpen("sroi.hengelo", "gemeente/hengelo/sroi");
        choose("#sroi-employer", "Twentse Metaalwerken B.V.");
        fill("#sroi-subject", "Reconstructie Enschedesestraat");
        fill("#sroi-value", "1000000");
        choose("#sroi-percentage", "5%");
        assertThat(page.locator("#sroi-obligation-preview")).hasText("Verplichting: € 50.000,00");
        date("#sroi-period-start", "1-12-2026");
        date("#sroi-period-end", "30-11-2028");
        date("#sroi-interim-due", "1-12-2027");
        date("#sroi-final-due", "1-2-2029");
        assertAccessible();
        page.locator("#sroi-register").click();
        page.waitForURL("**/gemeente/hengelo/sroi/*");
        settle();
        String id = page.url().replaceAll(".*/", "");
        assertThat(page.locator("#sroi-obligation")).hasText("€ 50.000,00");
        assertThat(page.locator("#sroi-state")).hasText("Wacht op het plan van de opdrachtnemer");
        assertAccessible();

        // the employer files a plan: 2 × 40,000 × 24/36 × 12/12 = 53,333.34, shown live against the obligation
        loginAndOpen("werkgever.demo", "werkgever/sroi/hengelo/" + id);
        choose("#sroi-line-0-block", BLOCK);
        fill("#sroi-line-0-persons", "2");
        fill("#sroi-line-0-hours", "24");
        fill("#sroi-line-0-months", "12");
        assertThat(page.locator("#sroi-plan-total")).hasText("Gepland € 53.333,34 van de verplichting € 50.000,00 (106,7%)");
        assertAccessible();
        clickAndSettle("#sroi-plan-submit");
        assertThat(page.locator("#sroi-status")).hasText("Het plan is ingediend.");

        // the officer accepts the plan
        loginAndOpen("sroi.hengelo", "gemeente/hengelo/sroi/" + id);
        assertThat(page.locator("#sroi-plan")).containsText("gepland € 53.333,34");
        clickAndSettle("#sroi-plan-accept");
        assertThat(page.locator("#sroi-status")).hasText("Het plan is geaccepteerd.");

        // the employer opens a vacancy for the contract's obligation: an SROI vacancy
        VacancyDetail vacancy = MatchingBrowserTests.demoVacancy(portal, "Grondwerker SROI " + id, "graven", false);
        loginAndOpen("werkgever.demo", "werkgever/sroi/hengelo/" + id);
        choose("#sroi-vacancy-choice", vacancy.title());
        clickAndSettle("#sroi-vacancy-publish");
        assertThat(page.locator("#sroi-status")).hasText("De vacature is opengesteld als SROI-vacature.");
        assertThat(page.locator("#sroi-vacancy-list")).containsText(vacancy.title());

        // Enschede proposes its resident, the employer hires on 1 December 2026 for 24 hours (through the services):
        // the hire becomes a proposed realisation of the contract
        PortalUser karin = TestUsers.employerUser("werkgever.demo", vacancy.employerId());
        Referral proposed = as(candidate.consultant(), "enschede",
                () -> referrals.propose(candidate.profileId(), vacancy.id(), null));
        as(karin, () -> referrals.open(proposed.id()));
        as(karin, () -> referrals.invite(proposed.id()));
        as(karin, () -> referrals.hire(proposed.id(), new Plaatsing(LocalDate.of(2026, 12, 1), new BigDecimal("24"),
                ContractType.TEMPORARY)));
        await().atMost(Duration.ofSeconds(20)).until(() -> as(karin, () -> plans.find("hengelo", Long.parseLong(id)))
                .orElseThrow().proposals().size() == 1);

        // the employer confirms the proposal with its block: 40,000 × 24/36 × 8/12 = 17,777.78
        open("werkgever/sroi/hengelo/" + id);
        assertThat(page.locator("#sroi-realisations")).containsText("Plaatsing via SROI-vacature " + vacancy.id()
                + ", vanaf 1 dec 2026: Voorgesteld");
        choose("#sroi-realisation-proposal", "Plaatsing via SROI-vacature " + vacancy.id() + ", vanaf 1 dec 2026");
        choose("#sroi-realisation-block", BLOCK);
        fill("#sroi-realisation-months", "8");
        assertAccessible();
        clickAndSettle("#sroi-realisation-record");
        assertThat(page.locator("#sroi-status")).hasText("De realisatie is vastgelegd.");
        assertThat(page.locator("#sroi-realisations")).containsText("profiel " + candidate.pseudonym()
                + " (geplaatst via voordracht), vanaf 1 dec 2026: € 17.777,78, Wacht op de doelgroepverklaring van de woongemeente");

        // Enschede, the municipality of residence, attests the target group of the Hengelo contract
        loginAndOpen("consulent.enschede", "gemeente/enschede/sroi/doelgroep");
        Locator attestation = page.locator("#sroi-attestations > div")
                .filter(new Locator.FilterOptions().setHasText("Profiel " + candidate.pseudonym()));
        assertThat(attestation).containsText("Twentse Metaalwerken B.V.: Participatiewet, langer dan 2 jaar");
        assertThat(attestation).containsText("(contract van Hengelo)");
        String selectId = attestation.locator("vaadin-select").getAttribute("id");
        choose("#" + selectId, "Schriftelijk (getekend formulier)");
        assertAccessible();
        attestation.locator("vaadin-button").first().click();
        settle();
        assertThat(page.locator("#sroi-attestation-status")).hasText("De doelgroep is bevestigd.");

        // the officer accepts the realisation and files the interim report
        loginAndOpen("sroi.hengelo", "gemeente/hengelo/sroi/" + id);
        assertThat(page.locator("#sroi-realisations")).containsText("Doelgroep bevestigd vanaf 1 dec 2026.");
        page.locator("#sroi-realisations vaadin-button").first().click();
        settle();
        assertThat(page.locator("#sroi-status")).hasText("De realisatie is geaccepteerd.");
        // 17,777.78 × 100 / 50,000 = 35.6%
        assertThat(page.locator("#sroi-accepted")).hasText("€ 17.777,78 (35,6% van de verplichting)");
        clickAndSettle("#sroi-report-file");
        assertThat(page.locator("#sroi-status")).hasText("De tussenrapportage is vastgesteld.");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.locator("#sroi-report-download").click());
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Tussenrapportage social return", "Opdrachtnemer: Twentse Metaalwerken B.V.",
                "Verplichting: € 50.000,00", "Geaccepteerde waarde: € 17.777,78", "Percentage gerealiseerd: 35,6%")
                .doesNotContain(candidate.name());

        // another employer does not find the contract; another municipality's consultant is refused at the route
        loginAndOpen(otherEmployer(), "werkgever/sroi/hengelo/" + id);
        assertThat(heading()).hasText("Pagina niet gevonden");
        open("werkgever/sroi");
        assertThat(page.locator("main")).not().containsText("Reconstructie Enschedesestraat");
        loginAndOpen("consulent.enschede", "gemeente/hengelo/sroi/" + id);
        assertThat(heading()).hasText("Geen toegang");
    }

    /** A user of another company who signs in like the demo users. */
    private String otherEmployer() {
        PortalUser user = IntroductionFixtures.employerUser(IntroductionFixtures.of(portal).company().id());
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(user.username(), DEMO_PASSWORD, user.displayName(),
                null, Map.of(), Map.of(), user.employer())));
        return user.username();
    }
}
