package nl.werkbrug.pool;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;

import com.microsoft.playwright.Page;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The introduction panel on the employer's profile page in a real browser, checked with axe: an employer asks with a vacancy, the Hengelo consultant records consent, the employer sees the name and
 * phone; after the candidate withdraws employer consent they are gone.
 */
@Execution(ExecutionMode.CONCURRENT)
class IntroductionPanelBrowserTests extends BrowserTest {

    @Autowired
    Introductions introductions;
    @Autowired
    PoolConsents consents;
    @Autowired
    org.springframework.context.ApplicationContext portal;

    @Test
    void an_employer_asks_with_a_vacancy_and_after_consent_sees_name_and_phone_until_consent_is_withdrawn() {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        PoolCandidate candidate = fixtures.candidate("hengelo", "Paneel", Audience.EMPLOYERS);
        Company company = fixtures.company();
        String path = "werkgever/pool/profiel/" + candidate.pseudonym();

        open("login");
        typeLogin(company.user().username(), IntroductionFixtures.PASSWORD);
        open(path);
        assertThat(page.locator("#introduction-panel h2")).hasText("Kennismaking aanvragen");
        clickAndSettle("#introduction-ask");
        assertThat(page.locator("#introduction-message")).containsText("Kies een vacature of schrijf een bericht.");
        assertAccessible();

        choose("#introduction-vacancy", "Lasser (m/v) (" + company.vacancy().employerName() + ")");
        clickAndSettle("#introduction-ask");
        assertThat(page.locator("#introduction-status")).hasText(
                "Uw verzoek is verstuurd. De consulent vraagt de kandidaat of die kennis wil maken.");
        assertThat(page.locator("#introduction-state")).containsText("Aangevraagd");
        assertThat(page.locator("#introduction-form")).hasCount(0);

        Introduction asked = as(company.user(), () -> introductions.mine(candidate.profileId())).getFirst();
        as(candidate.consultant(), "hengelo", () -> introductions.consent(asked.id(),
                new RequesterConsent(asked.purpose(), ConsentBasis.MONDELING)));
        open(path);
        assertThat(page.locator("#introduction-state")).containsText("Toestemming gegeven");
        assertThat(page.locator("#introduction-candidate")).containsText("Naam: Sanne Paneel");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Telefoon: 074 123 4567"))).hasAttribute("href", "tel:0741234567");
        assertAccessible();

        as(candidate.consultant(), "hengelo", () -> consents.withdraw(candidate.fileId(),
                new ConsentEntry(Audience.EMPLOYERS, "Op verzoek van de kandidaat", ConsentBasis.DIGITAAL)));
        open(path);
        assertThat(page.locator("#introduction-candidate")).hasCount(0);
        assertThat(page.locator("#pool-profile-message")).hasText("Dit profiel is niet gevonden of niet meer zichtbaar.");
        assertThat(page.locator("main")).not().containsText("Paneel");
    }
}
