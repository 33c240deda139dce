package nl.werkbrug.subsidies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.hostile.HostileForm;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Four-eyes in the browser: a consultant with the same request open in two tabs proposes maatwerk in one and cannot
 * decide it another way in the other; the proposal shows the second consultant why it departs from the rule.
 */
@Execution(ExecutionMode.CONCURRENT)
class FourEyesBrowserTests extends BrowserTest {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    nl.werkbrug.employer.EmployerOrganisations organisations;

    long submittedJobcoaching() {
        PortalUser employer = new PortalUser("vier-ogen-browser", "vier-ogen-browser", Map.of(), Map.of(),
                new EmployerMembership(nl.werkbrug.support.TestUsers.registeredEmployer(organisations, "99000041",
                        "Vier Ogen Browser"), EmployerRole.EMPLOYER_ADMIN), null);
        SubsidyRequestDetail submitted = as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()).id()));
        return SubsidyFixtures.coachingPlanned(decisions, nl.werkbrug.support.TestUsers.consultant("vier-ogen-plan", "hengelo"),
                submitted).id();
    }

    private static void decide(Page tab, String outcome, String reasons, String amount) {
        tab.locator("#outcome vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(outcome)).click();
        tab.locator("#reasons textarea").fill(reasons);
        if (!amount.isEmpty()) {
            tab.locator("#monthly-amount input").fill(amount);
            tab.locator("#monthly-amount input").press("Tab");
        }
        tab.locator("#decide").click();
    }

    @Test
    void a_consultant_cannot_decide_another_way_from_a_second_tab_while_their_proposal_is_pending() {
        long id = submittedJobcoaching();
        login("consulent.hengelo");
        open("gemeente/hengelo/aanvragen/" + id);
        Page second = context.newPage();
        second.navigate(url("gemeente/hengelo/aanvragen/" + id));
        second.waitForLoadState();
        assertThat(second.locator("#decide")).isVisible();

        decide(page, "Toegekend", "Intensieve begeleiding nodig.", "450");
        assertThat(page.locator("#departures")).containsText(
                "De catalogus noemt voor deze regeling geen maandbedrag; het bedrag van 450 euro per maand is dus maatwerk.");
        assertThat(page.locator("#case-status")).hasText("Ingediend");
        assertAccessible();

        decide(second, "Afgewezen", "Toch maar niet.", "");
        assertThat(second.locator("#reasons")).hasAttribute("invalid", "");
        assertThat(second.locator("#reasons")).containsText("Er ligt al een maatwerkvoorstel van consulent.hengelo.");
        second.reload();
        assertThat(second.locator("#case-status")).hasText("Ingediend");
        assertThat(second.locator("#approve")).isVisible();
        second.locator("#approve").click();
        assertThat(second.locator("#case-error")).hasText(
                "Een maatwerkbesluit moet door een andere consulent worden goedgekeurd dan degene die het voorstelde.");
        assertThat(second.locator("#case-status")).hasText("Ingediend");
    }

    /** Issue 13, bad input in the browser: the employer's subsidy request form (a draft of jobcoaching). */
    @Test
    void hostile_input_typed_into_the_subsidy_request_form_is_refused_at_its_fields_or_kept_as_text() {
        loginAndOpen("werkgever.demo", "werkgever/aanvragen/nieuw");
        choose("#municipality", "Hengelo");
        choose("#instrument", "Jobcoaching");
        HostileForm form = new HostileForm("werkgever/aanvragen/nieuw", page, this::settle);
        for (int i = 0; i < HostileForm.TEXTS.size(); i++) {
            String number = HostileForm.NUMBERS.get(i % 4);
            String date = HostileForm.DATES.get(i % 4);
            form.attempt(Map.of("#employee-name", HostileForm.TEXTS.get(i), "#bsn", number, "#hours-per-week", number,
                    "#monthly-wage", number, "#coach-hours", number, "#birth-date", date, "#contract-start", date,
                    "#contract-end", date), "#save-draft");
        }
        form.report();
    }
}
