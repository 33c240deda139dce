package nl.werkbrug.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11's journey of a first-time employer, checked with axe on every page (the request form's calendar open
 * included): the front door, the guided question, registration with a KvK number from the fictitious data set, login
 * and the jobcoaching request, counting every field typed or chosen and failing above fifteen. The reference shows
 * after submission, in the list and in the mail about the municipality's question.
 */
@Execution(ExecutionMode.CONCURRENT)
class FrontDoorBrowserTests extends BrowserTest {

    /** Issue 11: from the front door to a filed jobcoaching request in at most 15 typed or chosen fields. */
    static final int MOST_FIELDS = 15;
    static final String PASSWORD = "Fietsen-door-Twente-2026";

    @Autowired
    OutgoingMail mail;
    @Autowired
    SubsidyDecisions decisions;

    private int fieldsFilled;

    @Test
    void a_visitor_finds_jobcoaching_registers_with_kvk_and_files_the_request_in_at_most_fifteen_fields() {
        String email = "jan.tukker+" + System.nanoTime() + "@twentekanaal.example";

        open("");
        assertThat(heading()).containsText("Twente");
        assertThat(page.locator("#front-register")).hasText("Bedrijf registreren");
        assertThat(page.locator("#nav-login")).hasAttribute("href", "login");
        assertAccessible();

        chosen("#guide-municipality", "Hengelo");
        chosen("#guide-situation", "Heeft een bijstandsuitkering");
        typed("#guide-hours", "32");
        clickAndSettle("#guide-show");
        assertThat(page.locator("#guide-jobcoaching")).containsText("Past bij uw antwoorden.");
        assertAccessible();

        followTo(page.locator("#request-jobcoaching"), "**/werkgever/registreren?gemeente=hengelo&regeling=jobcoaching&uren=32");
        assertThat(page.locator(".werkbrug-public-header #nav-login")).isVisible();
        assertThat(page.locator("#kvk")).hasAttribute("required", "");
        typed("#kvk", "9000 1001");
        assertThat(page.locator("#kvk-found")).containsText("Fictief Installatiebedrijf Twentekanaal B.V., Kanaalweg 12, 7553AB Hengelo, SBI-code 43221");
        typed("#contact-name", "Jan Tukker");
        typed("#contact-email", email);
        typed("#password", PASSWORD);
        assertThat(page.locator("#password vaadin-password-field-button")).isVisible();
        assertAccessible();
        clickAndSettle("#register");
        assertThat(page.locator("#registered")).containsText("Fictief Installatiebedrijf Twentekanaal B.V. is geregistreerd");
        assertAccessible();
        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(email).stream()
                .anyMatch(sent -> sent.subject().equals("Fictief Installatiebedrijf Twentekanaal B.V. is geregistreerd in Werkbrug")));

        followTo(page.locator("#login-link"), "**/login?**");
        assertThat(page.locator("#vaadinLoginUsername input")).hasValue(email);
        typed("#vaadinLoginPassword", PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> url.contains("/werkgever/aanvragen/nieuw?") && url.contains("gemeente=hengelo")
                && url.contains("regeling=jobcoaching") && url.contains("uren=32"));
        settle();

        // pre-filled from the front door: municipality, instrument and hours; required fields are marked
        assertThat(page.locator("#municipality")).containsText("Hengelo");
        assertThat(page.locator("#instrument")).containsText("Jobcoaching");
        assertThat(page.locator("#hours-per-week input")).hasValue("32");
        for (String required : List.of("#employee-name", "#birth-date", "#bsn", "#contract-start", "#monthly-wage",
                "#coach-kind", "#coach-hours")) {
            assertThat(page.locator(required)).hasAttribute("required", "");
        }
        assertThat(page.locator("#contract-end")).not().hasAttribute("required", "");
        typed("#employee-name", "Jan Jansen");
        openCalendar("#birth-date");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vandaag"))).isVisible();
        assertAccessible();
        page.keyboard().press("Escape");
        dated("#birth-date", "14-03-1990");
        typed("#bsn", "111222333");
        dated("#contract-start", "01-02-2027");
        typed("#monthly-wage", "2300");
        fieldsFilled++;
        page.locator("#coach-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Externe jobcoach")).click();
        typed("#coach-hours", "6");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(fieldsFilled).as("fields typed or chosen").isLessThanOrEqualTo(MOST_FIELDS);

        clickAndSettle("#submit");
        page.waitForURL(Pattern.compile(".*/werkgever/aanvragen/hengelo/\\d+\\?ingediend=ja$"));
        settle();
        String reference = page.locator("#request-reference").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(reference).matches("GM0164-20[0-9]{2}-[0-9]{6}");
        assertThat(page.locator("#submitted-confirmation")).containsText("Uw kenmerk is " + reference);
        assertAccessible();
        open("werkgever/aanvragen");
        assertThat(page.locator("#employer-requests")).containsText(reference);

        long requestId = requestId();
        as(consultant("frontdoor-consulent", "hengelo"), "hengelo",
                () -> decisions.askForInformation(requestId, "Stuur het plan van de jobcoach mee."));
        await().atMost(Duration.ofSeconds(15)).until(() -> mailTo(email).stream()
                .anyMatch(sent -> sent.subject().endsWith("uw aanvraag " + reference) && sent.text().contains(reference)));
    }

    /** The id of the request the employer's list links to. */
    private long requestId() {
        String href = page.locator("#employer-requests a[href*='werkgever/aanvragen/hengelo/']").first().getAttribute("href");
        Matcher id = Pattern.compile("werkgever/aanvragen/hengelo/(\\d+)").matcher(href);
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private List<OutboxMail> mailTo(String recipient) {
        return mail.outbox(200).stream().filter(sent -> sent.to().equals(recipient)).toList();
    }

    private void typed(String field, String value) {
        fieldsFilled++;
        fill(field, value);
    }

    private void chosen(String select, String option) {
        fieldsFilled++;
        choose(select, option);
    }

    private void dated(String field, String value) {
        fieldsFilled++;
        date(field, value);
    }

    /** Opens the date picker's calendar with its toggle button and waits until it shows. */
    private void openCalendar(String field) {
        page.locator(field + " [part~=toggle-button]").click();
        page.locator(field + "[opened]").waitFor();
        settle();
    }

    @Test
    void the_front_door_shows_the_ways_in_and_a_signed_in_employer_still_lands_on_the_company() {
        open("");
        assertThat(page.locator("#front-login")).hasAttribute("href", "login");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regelingen").setExact(true))).isVisible();
        loginAndOpen("werkgever.demo", "");
        page.waitForURL("**/werkgever");
        assertThat(page.locator("#front-door")).hasCount(0);
    }
}
