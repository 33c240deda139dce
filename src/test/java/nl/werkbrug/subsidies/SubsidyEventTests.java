package nl.werkbrug.subsidies;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyRequestDecided;
import nl.werkbrug.subsidies.SubsidyEvent.InformationRequested;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.platform.OutboxMail;
import nl.werkbrug.platform.OutgoingMail;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paths of the subsidy events, through Spring Modulith scenarios on the real database: the audit trail and the
 * employer's mail follow a commit, run in the request's municipality, and a listener that fails is retried from the
 * event publication registry without losing anything.
 */
@IntegrationTest
@EnableScenarios
class SubsidyEventTests {

    @Autowired
    SubsidyRequests requests;
    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    OutgoingMail mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    final PortalUser consultant = consultant("event-consulent", "hengelo");

    SubsidyFixtures fixtures() {
        return new SubsidyFixtures(jdbc, transaction, requests);
    }

    SubsidyFixtures.Company company() {
        return fixtures().company();
    }

    SubsidyRequestDetail submittedJobcoaching(SubsidyFixtures.Company company) {
        return fixtures().submittedJobcoaching(company);
    }

    Supplier<List<OutboxMail>> mailTo(String recipient) {
        return () -> mail.outbox(200).stream().filter(sent -> sent.to().equals(recipient)).toList();
    }

    List<String> audited(long requestId) {
        return TenantContext.callAs("hengelo", () -> transaction.execute(status -> jdbc.sql(
                        "select action || ' ' || actor || ' ' || coalesce(tenant_id, '-') from audit_event where subject = ? order by id")
                .param(SubsidyRequests.subject(requestId)).query(String.class).list()));
    }

    @Test
    void a_decision_writes_its_audit_entry_and_mails_the_employer_after_the_commit(Scenario scenario) {
        SubsidyFixtures.Company company = company();
        SubsidyRequestDetail request = submittedJobcoaching(company);
        SubsidyFixtures.coachingPlanned(decisions, consultant, request);

        // Scenario runs the stimulus in a transaction of its own: it must begin in Hengelo.
        TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> as(consultant, "hengelo", () -> decisions.decide(
                        request.id(), DecisionDraft.of(true, "Jobcoaching volgens de regel."))))
                .andWaitForEventOfType(SubsidyRequestDecided.class)
                .matching(event -> event.requestId() == request.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.tenantId()).isEqualTo("hengelo");
                    assertThat(event.regionId()).isEqualTo("twente");
                    assertThat(event.employerId()).isEqualTo(company.id());
                    assertThat(event.outcome()).isEqualTo(SubsidyStatus.TOEGEKEND);
                    assertThat(event.monthlyAmount()).isNull();
                    assertThat(event.actor()).isEqualTo("event-consulent");
                }));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audited(request.id())).endsWith(
                "SUBSIDY_REQUEST_SUBMITTED " + company.user().username() + " hengelo",
                "SUBSIDY_COACHING_PLAN_RECORDED event-consulent hengelo",
                "SUBSIDY_DECIDED event-consulent hengelo"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailTo(company.email()).get())
                .singleElement().satisfies(decided -> {
                    assertThat(decided.subject()).isEqualTo("Gemeente Hengelo heeft besloten over uw aanvraag " + request.reference());
                    assertThat(decided.text()).contains("Gemeente Hengelo heeft uw aanvraag " + request.reference()
                            + " (Jobcoaching) toegekend.", "/werkgever/aanvragen/hengelo/" + request.id())
                            .doesNotContain("Jan Jansen", "111222333");
                }));
    }

    @Test
    void asking_for_information_mails_the_employer(Scenario scenario) {
        SubsidyFixtures.Company company = company();
        SubsidyRequestDetail request = submittedJobcoaching(company);

        TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> as(consultant, "hengelo", () -> decisions.askForInformation(request.id(),
                        "Stuur het arbeidscontract mee.")))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(mailTo(company.email()), sent -> !sent.isEmpty())
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(asked -> {
                    assertThat(asked.subject()).isEqualTo("Gemeente Hengelo vraagt aanvullende informatie over uw aanvraag "
                            + request.reference());
                    assertThat(asked.text()).contains("(Jobcoaching)", "de beslistermijn stil");
                })));
    }

    @Test
    void a_listener_runs_in_the_events_municipality_and_reads_its_rows_under_row_level_security(Scenario scenario) {
        SubsidyFixtures.Company company = company();
        SubsidyRequestDetail request = submittedJobcoaching(company);

        // Published from this thread without any tenant: the listener must still see Hengelo's request (its instrument
        // name is read from the tenant-owned row) because it runs in the event's municipality.
        scenario.publish(new InformationRequested(request.id(), "hengelo", "twente", company.id(), "event-consulent"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(mailTo(company.email()), sent -> !sent.isEmpty())
                .andVerify(sent -> assertThat(sent).singleElement()
                        .satisfies(asked -> assertThat(asked.text()).contains(request.reference() + " (Jobcoaching)")));
    }

    @Test
    void a_listener_that_fails_leaves_an_incomplete_publication_that_is_resubmitted_and_nothing_is_lost(Scenario scenario) {
        SubsidyFixtures.Company company = company();
        SubsidyRequestDetail request = submittedJobcoaching(company);
        JdbcClient asOwner = JdbcClient.create(owner);
        String listener = "%EmployerNotifications%";
        String event = "%\"requestId\":" + request.id() + ",%";
        asOwner.sql("revoke insert on mail_outbox from werkbrug_app").update();
        try {
            TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> as(consultant, "hengelo", () -> decisions.askForInformation(request.id(),
                            "Welke begeleiding is er al?")))
                    .andWaitAtMost(Duration.ofSeconds(10))
                    .andWaitForStateChange(() -> transaction.execute(status -> jdbc.sql("""
                                    select count(*) from event_publication
                                    where listener_id like :listener and serialized_event like :event
                                      and status = 'FAILED'""")
                            .param("listener", listener).param("event", event).query(Long.class).single()), failed -> failed == 1)
                    .andVerify(failed -> assertThat(mailTo(company.email()).get()).isEmpty()));
        } finally {
            asOwner.sql("grant insert on mail_outbox to werkbrug_app").update();
        }

        // the listener sends the mail, then its publication is completed (and removed): wait for the latter
        scenario.stimulate(() -> incomplete.resubmitIncompletePublications(publication ->
                        publication.getEvent() instanceof InformationRequested asked && asked.requestId() == request.id()))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> transaction.execute(status -> jdbc.sql(
                                "select count(*) from event_publication where serialized_event like :event")
                        .param("event", event).query(Long.class).single()), left -> left == 0)
                .andVerify(left -> assertThat(mailTo(company.email()).get()).singleElement()
                        .satisfies(asked -> assertThat(asked.subject()).endsWith(request.reference())));
        assertThat(audited(request.id())).contains("SUBSIDY_INFORMATION_REQUESTED event-consulent hengelo");
    }

    @Test
    void the_queue_count_follows_submissions_proposals_and_approvals(Scenario scenario) {
        SubsidyFixtures.Company company = company();
        PortalUser colleague = consultant("event-collega", "hengelo");
        Supplier<QueueCount> count = () -> as(consultant, "hengelo", () -> decisions.queueCount());
        Supplier<Long> openRows = () -> as(consultant, "hengelo", () -> (long) decisions.queue(
                SubsidyDecisions.QueueFilter.ALL).stream().filter(line -> line.status().isOpen()).count());

        SubsidyRequestDetail[] request = new SubsidyRequestDetail[1];
        TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> request[0] = submittedJobcoaching(company))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(count, now -> now.open() == openRows.get())
                .andVerify(now -> assertThat(now.open()).isPositive()));
        SubsidyFixtures.coachingPlanned(decisions, consultant, request[0]);
        QueueCount before = count.get();

        // 450 euro a month where the catalogue states no amount for jobcoaching: a proposal, one more waiting.
        TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> as(consultant, "hengelo", () -> decisions.decide(
                        request[0].id(), new DecisionDraft(true, "Intensieve begeleiding.", null, new BigDecimal("450")))))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(count, now -> now.awaitingApproval() == before.awaitingApproval() + 1)
                .andVerify(now -> assertThat(now.open()).isEqualTo(before.open())));

        // Approved: the request is decided, so one open and one waiting fewer.
        TenantContext.runAs("hengelo", () -> scenario.stimulate(() -> as(colleague, "hengelo", () -> decisions.approve(request[0].id())))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(count, now -> now.open() == before.open() - 1)
                .andVerify(now -> assertThat(now.awaitingApproval()).isEqualTo(before.awaitingApproval())));
    }

    @Test
    void a_consultants_change_is_counted_by_its_own_commit_without_an_event_publication_of_the_counter() {
        SubsidyFixtures.Company company = company();
        Supplier<QueueCount> count = () -> as(consultant, "hengelo", () -> decisions.queueCount());
        Supplier<Long> openRows = () -> as(consultant, "hengelo", () -> (long) decisions.queue(
                SubsidyDecisions.QueueFilter.ALL).stream().filter(line -> line.status().isOpen()).count());
        SubsidyRequestDetail request = submittedJobcoaching(company);
        SubsidyFixtures.coachingPlanned(decisions, consultant, request);
        // the employer's submission and the planned coaching are counted by now
        await().atMost(Duration.ofSeconds(10)).until(() -> count.get().open() == openRows.get());
        QueueCount before = count.get();

        // 450 euro a month where the catalogue states no amount: a proposal that waits for a colleague's approval
        long[] counterRows = {-1};
        TenantContext.runAs("hengelo", () -> transaction.executeWithoutResult(status -> {
            as(consultant, "hengelo", () -> decisions.decide(request.id(),
                    new DecisionDraft(true, "Intensieve begeleiding.", null, new BigDecimal("450"))));
            counterRows[0] = jdbc.sql("""
                            select count(*) from event_publication
                            where listener_id like '%QueueCounter%' and serialized_event like '%' || :request || '%'""")
                    .param("request", String.valueOf(request.id())).query(Long.class).single();
        }));

        assertThat(counterRows[0]).as("publications of the queue counter in the deciding transaction").isZero();
        // counted by the commit itself: right when the transaction is done, without waiting for a listener
        assertThat(count.get()).isEqualTo(new QueueCount(before.open(), before.awaitingApproval() + 1));
    }
}
