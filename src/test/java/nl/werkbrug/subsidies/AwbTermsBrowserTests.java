package nl.werkbrug.subsidies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werkbrug.support.TestUsers.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Awb's terms in the browser, checked with axe, on the portal's clock moved by the test (so the class runs
 * alone): a consultant asks a question with Hengelo's two-week answer term, the term passes unanswered, the request
 * is set aside ("buiten behandeling", Awb 4:5) and the employer gets the mail and the letter; another request's decision
 * term is extended once under Awb 4:14 and the employer sees the new date; after a term passes the employer gives
 * notice of default (Awb 4:17) and the consultant sees the penalty accrue.
 */
class AwbTermsBrowserTests extends BrowserTest {

    static final String KARIN = "karin.wolters@metaalwerken.example";

    @Autowired
    SubsidyRequests requests;
    @Autowired
    EmployerOrganisations employers;
    @Autowired
    OutgoingMail mail;
    @Autowired
    MutableClock clock;
    @Autowired
    SubsidyDecisions decisions;

    /** The demo company's user werkgever.demo (Twentse Metaalwerken B.V.), as the services know her. */
    PortalUser karin() {
        AtomicLong company = new AtomicLong();
        SystemTask.run(() -> company.set(employers.ensureRegistered("12345678", "Twentse Metaalwerken B.V.", "Hengelo",
                new EmployerOrganisations.Contact("Karin Wolters", KARIN, "074 000 0000"))));
        return TestUsers.employerUser("werkgever.demo", company.get());
    }

    SubsidyRequestDetail submittedJobcoaching(PortalUser employer) {
        return as(employer, () -> requests.submit("hengelo",
                requests.saveDraft("hengelo", null, "jobcoaching", SubsidyForms.jobcoaching()).id()));
    }

    /** The mails to the company about the request (their subject ends with its reference). */
    List<OutboxMail> mailAbout(SubsidyRequestDetail request) {
        return mail.outbox(500).stream().filter(sent -> sent.to().equals(KARIN)
                && sent.subject().endsWith(java.util.Objects.requireNonNull(request.reference()))).toList();
    }

    @Test
    void a_question_left_unanswered_past_its_two_week_term_lets_the_consultant_set_the_request_aside_with_a_letter()
            throws Exception {
        PortalUser karin = karin();
        // Friday 11 December 2026, 10:00 in the Netherlands
        clock.setTo(Instant.parse("2026-12-11T09:00:00Z"));
        SubsidyRequestDetail submitted = submittedJobcoaching(karin);
        long id = submitted.id();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen/" + id);
        fillAndClick("#question textarea", "Stuur ons het plan van aanpak van de jobcoach.", "#ask");
        // 11 December + 2 weeks = Friday 25 December (Christmas), Boxing Day, Sunday: Monday 28 December
        assertThat(page.locator("#case-answer-due")).hasText("Antwoord uiterlijk op 28 dec 2026 (artikel 4:5 Awb).");
        assertThat(page.locator("#set-aside")).not().isAttached();
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailAbout(submitted).isEmpty());
        org.assertj.core.api.Assertions.assertThat(mailAbout(submitted).getFirst().text())
                .contains("Beantwoord de vraag uiterlijk op 28 december 2026.");

        // moving the clock 17 days ends the session (its lifetime runs on the same clock): sign in again
        clock.setTo(Instant.parse("2026-12-28T21:00:00Z")); // 22:00 on the last day: not yet
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen/" + id);
        assertThat(page.locator("#case-status")).hasText("Aanvullende informatie gevraagd");
        assertThat(page.locator("#set-aside")).not().isAttached();

        clock.setTo(Instant.parse("2026-12-29T08:00:00Z"));
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen/" + id);
        assertThat(page.locator("#case-answer-due")).hasText("De termijn om te antwoorden is op 28 dec 2026 verstreken zonder antwoord.");
        // the suspension ended with the answer term: the decision term runs again
        assertThat(page.locator("#case-deadline")).not().hasText("Termijn staat stil: wacht op aanvullende informatie");
        assertAccessible();
        fillAndClick("#set-aside-reasons textarea", "Het plan van aanpak is niet binnen de termijn ontvangen.", "#set-aside");
        assertThat(page.locator("#case-status")).hasText("Buiten behandeling gesteld");
        assertThat(page.locator("#decision-letter")).isVisible();

        await().atMost(Duration.ofSeconds(10)).until(() -> mailAbout(submitted).size() == 2);
        org.assertj.core.api.Assertions.assertThat(mailAbout(submitted).stream()
                        .filter(sent -> sent.subject().equals("Gemeente Hengelo heeft besloten over uw aanvraag "
                                + submitted.reference()))
                        .findFirst().orElseThrow().text())
                .contains("Gemeente Hengelo heeft uw aanvraag " + submitted.reference()
                        + " (Jobcoaching) buiten behandeling gesteld.");
        byte[] letter = as(karin, () -> requests.decisionLetter("hengelo", id)).orElseThrow();
        try (var pdf = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Wij stellen uw aanvraag buiten behandeling", "artikel 4:5", "28 december 2026",
                            "Het plan van aanpak is niet binnen de termijn ontvangen.", "bezwaar", "artikelen 6:7 en 6:8", "t.a.v. Karin Wolters")
                    .doesNotContain("111222333");
        }
        signOut();
        loginAndOpen("werkgever.demo", "werkgever/aanvragen/hengelo/" + id);
        assertThat(page.locator("#request-status")).hasText("Buiten behandeling gesteld");
        assertThat(page.locator("#decision-letter")).isVisible();
    }

    @Test
    void a_decision_term_extended_once_under_4_14_shows_the_employer_the_new_date() {
        PortalUser karin = karin();
        // Monday 21 December 2026
        clock.setTo(Instant.parse("2026-12-21T09:00:00Z"));
        SubsidyRequestDetail submitted = submittedJobcoaching(karin);
        long id = submitted.id();
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/aanvragen/" + id);
        date("#extend-date", "27-2-2027");
        fillAndClick("#extend-reason textarea", "Wij wachten op het advies van de arbeidsdeskundige.", "#extend");
        // Saturday 27 February 2027 runs on to Monday 1 March 2027
        assertThat(page.locator("#case-deadline")).hasText("1 mrt 2027");
        assertThat(page.locator("#case-extension")).hasText("De beslistermijn is op 21 dec 2026 verlengd tot en met "
                + "1 mrt 2027. Reden: Wij wachten op het advies van de arbeidsdeskundige.");
        assertThat(page.locator("#extend")).not().isAttached();
        assertAccessible();
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailAbout(submitted).isEmpty());
        org.assertj.core.api.Assertions.assertThat(mailAbout(submitted).getFirst().text())
                .contains("verlengt de beslistermijn tot en met 1 maart 2027 (artikel 4:14");

        signOut();
        loginAndOpen("werkgever.demo", "werkgever/aanvragen/hengelo/" + id);
        assertThat(page.locator("#request-deadline")).hasText("1 mrt 2027");
        assertThat(page.locator("#request-extension")).containsText("verlengd tot en met 1 mrt 2027");
        assertAccessible();
    }

    @Test
    void after_the_term_the_employer_gives_notice_of_default_and_the_consultant_sees_the_penalty_accrue() {
        PortalUser karin = karin();
        // Monday 2 November 2026; no catalogue term, so Awb 4:13's eight weeks: Monday 28 December 2026
        clock.setTo(Instant.parse("2026-11-02T09:00:00Z"));
        SubsidyRequestDetail submitted = submittedJobcoaching(karin);
        long id = submitted.id();
        clock.setTo(Instant.parse("2026-12-28T09:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(as(karin, () -> requests.find("hengelo", id)).orElseThrow().awb()
                .noticePossible()).as("on the last day of the term").isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(karin, () -> requests.giveNoticeOfDefault("hengelo", id)))
                .isInstanceOf(nl.werkbrug.shared.InvalidInputException.class);

        clock.setTo(Instant.parse("2026-12-29T09:00:00Z"));
        SubsidyRequestDetail noticed = as(karin, () -> requests.giveNoticeOfDefault("hengelo", id));
        // penalty owed from two weeks after Tuesday 29 December: Tuesday 12 January 2027
        org.assertj.core.api.Assertions.assertThat(noticed.awb().penaltyFrom()).isEqualTo(java.time.LocalDate.of(2027, 1, 12));

        clock.setTo(Instant.parse("2027-01-31T09:00:00Z"));
        SubsidyRequestDetail seen = as(nl.werkbrug.support.TestUsers.consultant("awb-consulent", "hengelo"), "hengelo",
                () -> decisions.open(id)).orElseThrow();
        // 12 up to and including 31 January: 20 days = 14 x 23 + 6 x 35 = 322 + 210 = 532
        org.assertj.core.api.Assertions.assertThat(seen.awb().penalty()).isEqualByComparingTo("532");
        org.assertj.core.api.Assertions.assertThat(seen.awb().noticeReceived()).isEqualTo(java.time.LocalDate.of(2026, 12, 29));
    }
}
