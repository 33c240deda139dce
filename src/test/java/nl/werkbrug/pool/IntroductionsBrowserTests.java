package nl.werkbrug.pool;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Hengelo consultant's inbox of introduction requests in a real browser, checked with axe: Enschede asks (through
 * the service), the consultant finds the request with the link to the file, records the candidate's consent, and
 * Enschede then sees the candidate's name.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("werkbrug.user.consulent.hellendoorn")
class IntroductionsBrowserTests extends BrowserTest {

    @Autowired
    Introductions introductions;
    @Autowired
    org.springframework.context.ApplicationContext portal;

    final PortalUser enschede = consultant("browser-consulent-enschede", "enschede");

    @Test
    void the_hengelo_consultant_records_consent_for_enschedes_request_and_enschede_then_sees_the_name() {
        PoolCandidate candidate = IntroductionFixtures.of(portal)
                .candidate("hengelo", "Inbox", Audience.REGION_CONSULTANTS);
        String message = "Leerwerkplek in de zorg " + UUID.randomUUID().toString().substring(0, 6);
        Introduction asked = as(enschede, "enschede", () -> introductions.request(candidate.profileId(),
                new IntroductionRequest(null, message)));

        loginAndOpen("consulent.hengelo", "gemeente/hengelo/kennismakingen");

        assertThat(heading()).hasText("Kennismakingsverzoeken");
        assertThat(page.locator("#introductions-term")).hasText(
                "Bij Gemeente Hengelo verloopt een verzoek dat na 14 dagen niet is beantwoord.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Dossier van de kandidaat achter profiel " + candidate.pseudonym() + " openen")))
                .hasAttribute("href", "gemeente/hengelo/dossiers/" + candidate.fileId());
        assertThat(page.locator("#introductions")).containsText("Bericht: " + message);
        assertAccessible();

        answerButton(candidate).click();
        settle();
        assertThat(page.locator("#answer-purpose input")).hasValue("Bericht: " + message);
        clickAndSettle("#answer-consent");
        assertThat(page.locator("#answer-basis")).containsText("Kies hoe de kandidaat de toestemming gaf.");
        assertAccessible();

        choose("#answer-basis", "Mondeling (in gesprek, vastgelegd door de consulent)");
        clickAndSettle("#answer-consent");

        assertThat(page.locator("#introductions-status")).hasText(
                "De toestemming is vastgelegd: de aanvrager ziet nu naam en contactgegevens.");
        assertThat(answerButton(candidate)).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(as(enschede, "enschede", () -> introductions.reveal(asked.id())))
                .hasValueSatisfying(revealed -> org.assertj.core.api.Assertions.assertThat(revealed.name())
                        .isEqualTo("Sanne Inbox"));

        // the candidate changes their mind: the consultant records that the consent is taken back
        Locator takeBack = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Toestemming voor profiel " + candidate.pseudonym() + " aan Gemeente Enschede terugnemen"));
        takeBack.click();
        settle();
        clickAndSettle("#answer-take-back");
        assertThat(page.locator("#answer-purpose")).containsText("Vul het doel in waarvoor de kandidaat toestemming geeft.");
        assertAccessible();
        page.locator("#answer-purpose input").fill("Op verzoek van de kandidaat");
        choose("#answer-basis", "Mondeling (in gesprek, vastgelegd door de consulent)");
        clickAndSettle("#answer-take-back");

        assertThat(page.locator("#introductions-status")).hasText(
                "De toestemming is teruggenomen: de aanvrager ziet naam en contactgegevens niet meer.");
        assertThat(takeBack).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(as(enschede, "enschede", () -> introductions.reveal(asked.id())))
                .isEmpty();
    }

    @Test
    void a_municipality_without_a_term_says_that_its_requests_do_not_expire() {
        loginAndOpen("consulent.hellendoorn", "gemeente/hellendoorn/kennismakingen");

        assertThat(page.locator("#introductions-term")).hasText("Gemeente Hellendoorn heeft geen termijn ingesteld: "
                + "verzoeken verlopen niet en blijven staan tot u ze beantwoordt.");
        assertAccessible();
    }

    private Locator answerButton(PoolCandidate candidate) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Verzoek voor profiel " + candidate.pseudonym() + " van Gemeente Enschede beantwoorden"));
    }
}
