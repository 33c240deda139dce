package nl.werkbrug.referrals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.identity.LocalAccounts;
import nl.werkbrug.identity.NewLocalUser;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The referral journey of issue 9 in a real browser, checked with axe: the Enschede consultant proposes a Hengelo
 * candidate from the pool profile, Hengelo's consultant agrees, the employer opens, invites and hires; the file shows
 * the placement and outflow to work, and the candidate's other proposal (by Hengelo, to another employer) lapsed.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class ReferralJourneyBrowserTests extends BrowserTest {

    @Autowired
    Referrals referrals;
    @Autowired
    ApplicationContext portal;
    @Autowired
    LocalAccounts accounts;

    @Test
    void enschede_proposes_a_hengelo_candidate_hengelo_agrees_the_employer_invites_and_hires_and_the_other_proposal_lapses() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        PoolCandidate candidate = fixtures.candidate("hengelo", "Reisvoordracht", Audience.REGION_CONSULTANTS,
                Audience.EMPLOYERS);
        Company company = fixtures.company();
        Company other = fixtures.company();
        String employer = company.vacancy().employerName();
        as(consultant("consulent.hengelo", "hengelo"), "hengelo",
                () -> referrals.propose(candidate.profileId(), other.vacancy().id(), null));
        String pseudonym = candidate.pseudonym();

        // Enschede proposes from the pool profile
        loginAndOpen("consulent.enschede", "gemeente/enschede/pool/profiel/" + pseudonym);
        choose("#referral-vacancy", "Lasser (m/v) (" + employer + ", Hengelo)");
        fill("#referral-motivation", "Ervaren lasser met VCA");
        clickAndSettle("#referral-propose-action");
        assertThat(page.locator("#referral-propose-status"))
                .hasText("De voordracht voor Lasser (m/v) wacht op het akkoord van Hengelo, de gemeente van de kandidaat.");
        assertAccessible();
        open("gemeente/enschede/voordrachten");
        assertThat(mine(pseudonym, employer)).containsText("Wacht op akkoord eigenaar. Wacht op: Akkoord van Gemeente Hengelo.");
        assertAccessible();

        // Hengelo agrees
        signOut();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/voordrachten");
        assertThat(page.locator("#referral-agreements")).containsText("Profiel " + pseudonym + " voor Lasser (m/v) ("
                + employer + "), voorgedragen door Gemeente Enschede");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Akkoord met voordracht van profiel " + pseudonym + " voor Lasser (m/v)").setExact(true)).click();
        settle();
        assertThat(page.locator("#referrals-status")).hasText("Akkoord gegeven: de voordracht staat nu bij de werkgever.");

        // the employer opens, invites and hires
        signOut();
        loginAndOpen(employerWithDemoPassword(company), "werkgever/voordrachten");
        assertAccessible();
        followTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voordracht van " + pseudonym + " openen")),
                "**/werkgever/voordrachten/*");
        assertThat(page.locator("#referral-facts")).containsText("Bekeken door werkgever");
        assertThat(page.locator("#referral-candidate")).hasCount(0);
        assertAccessible();
        clickAndSettle("#referral-invite");
        assertThat(page.locator("#referral-candidate")).containsText("Sanne Reisvoordracht");
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        date("#hire-start", today.getDayOfMonth() + "-" + today.getMonthValue() + "-" + today.getYear());
        fill("#hire-hours", "32");
        choose("#hire-contract", "Vast contract");
        assertAccessible();
        clickAndSettle("#hire-action");
        assertThat(page.locator("#referral-status"))
                .hasText("De kandidaat is aangenomen; de gemeente legt de plaatsing vast in het dossier.");
        assertThat(page.locator("#referral-facts")).containsText("Aangenomen");

        // the file shows the placement and, once the portal recorded it, the outflow to work
        signOut();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/dossiers/" + candidate.fileId());
        assertThat(page.locator("#placements")).containsText(employer + ", Lasser (m/v): vanaf");
        assertThat(page.locator("#placements")).containsText("32 uur per week, Vast contract (voordracht van profiel "
                + pseudonym + ")");
        for (int attempt = 0; attempt < 20 && !page.locator("#outflow").innerText().startsWith("Uitgestroomd: Werk"); attempt++) {
            page.waitForTimeout(1000);
            open("gemeente/hengelo/dossiers/" + candidate.fileId());
        }
        assertThat(page.locator("#outflow")).containsText("Uitgestroomd: Werk");
        assertAccessible();
        open("gemeente/hengelo/voordrachten");
        assertThat(mine(pseudonym, other.vacancy().employerName())).containsText("Vervallen. Wacht op: Niemand: afgerond.");
    }

    /** A colleague at the company who signs in like the demo users (the fixture's own user has another password). */
    private String employerWithDemoPassword(Company company) {
        PortalUser colleague = IntroductionFixtures.employerUser(company.id());
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser(colleague.username(), DEMO_PASSWORD,
                colleague.displayName(), null, Map.of(), Map.of(), colleague.employer())));
        return colleague.username();
    }

    private Locator mine(String pseudonym, String employer) {
        return page.locator("#referrals-mine li").filter(new Locator.FilterOptions()
                .setHasText("Profiel " + pseudonym + " voor Lasser (m/v) (" + employer + ")"));
    }
}
