package nl.werkbrug.referrals;

import static nl.werkbrug.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.MimeMessage;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.EmployerSummary;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.IntroductionFixtures;
import nl.werkbrug.pool.IntroductionFixtures.Company;
import nl.werkbrug.pool.IntroductionFixtures.PoolCandidate;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.support.SmtpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reply-time reminder through real SMTP (GreenMail): Hengelo set no target of its own, so the portal's default of
 * 10 working days counts from the day the proposal reached the employer.
 */
class ReferralReminderMailTests extends SmtpIntegrationTest {

    @Autowired
    Referrals referrals;
    @Autowired
    nl.werkbrug.referrals.internal.ReferralJobs jobs;
    @Autowired
    EmployerOrganisations employers;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext portal;

    @Test
    void an_employer_who_lets_a_proposal_wait_past_ten_working_days_gets_one_reminder_without_the_candidates_name()
            throws Exception {
        IntroductionFixtures fixtures = IntroductionFixtures.of(portal);
        PoolCandidate candidate = fixtures.candidate("hengelo", "Herinnering", Audience.EMPLOYERS);
        Company company = fixtures.company();
        AtomicReference<String> address = new AtomicReference<>();
        SystemTask.run(() -> address.set(employers.find(company.id()).map(EmployerSummary::contactEmail).orElseThrow()));
        // Friday 18 December 2026, 09:00 in the Netherlands: the last day to answer is Tuesday 5 January 2027
        clock.setTo(Instant.parse("2026-12-18T08:00:00Z"));
        as(candidate.consultant(), "hengelo", () -> referrals.propose(candidate.profileId(), company.vacancy().id(), null));

        clock.setTo(Instant.parse("2027-01-05T22:00:00Z")); // 23:00 on the last day
        jobs.remindEmployers();
        Thread.sleep(1000);
        assertThat(to(address.get())).as("not before the target passed").isEmpty();

        clock.setTo(Instant.parse("2027-01-06T06:00:00Z"));
        jobs.remindEmployers();
        await().atMost(Duration.ofSeconds(15)).until(() -> to(address.get()).size() == 1);
        jobs.remindEmployers();
        Thread.sleep(1000);

        List<MimeMessage> received = to(address.get());
        assertThat(received).as("one reminder, not one per run").hasSize(1);
        assertThat(received.getFirst().getSubject())
                .isEqualTo("Voorgedragen kandidaten wachten op uw antwoord (Gemeente Hengelo)");
        assertThat(received.getFirst().getContent().toString())
                .contains("langer dan de streeftermijn van 10 werkdagen",
                        "- Lasser (m/v): profiel " + candidate.pseudonym() + ", voorgesteld op 18 december 2026",
                        "https://werkbrug.twente.example/werkgever/voordrachten")
                .doesNotContain("Sanne", "Herinnering");
    }

    /** The mail to the address; every fixture company has a domain of its own. */
    private static List<MimeMessage> to(String address) {
        return List.of(smtp.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1)));
    }
}
