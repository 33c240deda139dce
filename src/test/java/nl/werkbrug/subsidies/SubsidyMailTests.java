package nl.werkbrug.subsidies;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.SmtpIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The employer's mail about a question and a decision goes out over real SMTP once the consultant's work is committed. */
class SubsidyMailTests extends SmtpIntegrationTest {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    final PortalUser consultant = consultant("mail-consulent", "hengelo");

    @Test
    void the_employer_receives_the_question_and_then_the_decision_by_smtp_without_the_employees_data() throws Exception {
        SubsidyFixtures fixtures = new SubsidyFixtures(jdbc, transaction, requests);
        SubsidyFixtures.Company company = fixtures.company();
        SubsidyRequestDetail request = fixtures.submittedJobcoaching(company);

        as(consultant, "hengelo", () -> decisions.askForInformation(request.id(), "Stuur het plan van de jobcoach mee."));
        await().atMost(Duration.ofSeconds(15)).until(() -> receivedBy(company.email()).size() == 1);
        as(company.user(), () -> requests.answer("hengelo", request.id(), "Het plan zit in de bijlage."));
        SubsidyFixtures.coachingPlanned(decisions, consultant, request);
        as(consultant, "hengelo", () -> decisions.decide(request.id(), DecisionDraft.of(true, "Volgens de regel.")));
        await().atMost(Duration.ofSeconds(15)).until(() -> receivedBy(company.email()).size() == 2);

        List<MimeMessage> received = receivedBy(company.email());
        assertThat(received.get(0).getSubject()).contains(request.reference());
        assertThat(received.get(1).getSubject()).isEqualTo("Gemeente Hengelo heeft besloten over uw aanvraag " + request.reference());
        String decided = received.get(1).getContent().toString();
        assertThat(decided).contains("Gemeente Hengelo heeft uw aanvraag " + request.reference() + " (Jobcoaching) toegekend.",
                        "https://werkbrug.twente.example/werkgever/aanvragen/hengelo/" + request.id())
                .doesNotContain("Jan Jansen", SubsidyForms.VALID_BSN);
    }
}
