package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import nl.werkbrug.catalogue.CatalogueEntryChanged;
import nl.werkbrug.employer.EmployerEvent.ColleagueJoined;
import nl.werkbrug.employer.EmployerEvent.EmployerRegistered;
import nl.werkbrug.employer.VacancyEvent.VacancyClosed;
import nl.werkbrug.employer.VacancyEvent.VacancyPublished;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail records the other modules' business events after their commit, as the module wrote them, with the
 * municipality of a tenant event and none for a region event; an event that rolls back leaves no entry.
 */
@IntegrationTest
@EnableScenarios
class AuditTrailEventTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher publisher;

    List<String> entries(String subject) {
        // Hengelo's entries and the region's: the trail shows a municipality only its own.
        return TenantContext.callAs("hengelo", () -> transaction.execute(status -> jdbc.sql("""
                        select action || '|' || actor || '|' || coalesce(tenant_id, '-') || '|' || detail
                        from audit_event where subject = ? order by id""")
                .param(subject).query(String.class).list()));
    }

    @Test
    void vacancy_employer_and_colleague_events_become_region_entries(Scenario scenario) {
        long vacancy = 880_000 + System.nanoTime() % 10_000;
        assertPublishedTogetherBecome(scenario, "vacature " + vacancy,
                List.of(new VacancyPublished("twente", "audit-werkgever", vacancy, 77),
                        new VacancyClosed("twente", "audit-werkgever", vacancy, 77)),
                "VACANCY_PUBLISHED|audit-werkgever|-|werkgever 77",
                "VACANCY_CLOSED|audit-werkgever|-|werkgever 77");

        long employer = 770_000 + System.nanoTime() % 10_000;
        assertPublishedTogetherBecome(scenario, "werkgever " + employer,
                List.of(new EmployerRegistered("twente", "audit-oprichter", employer, "61234999"),
                        new ColleagueJoined("twente", "audit-collega", employer, 5)),
                "EMPLOYER_REGISTERED|audit-oprichter|-|KvK 61234999",
                "EMPLOYER_INVITATION_ACCEPTED|audit-collega|-|uitnodiging 5 aangenomen door audit-collega");
    }

    /** Publishes the events in one committed transaction; the subject's entries become exactly the expected ones. */
    void assertPublishedTogetherBecome(Scenario scenario, String subject, List<?> published, String... expected) {
        scenario.stimulate((tx, events) -> {
            tx.executeWithoutResult(status -> published.forEach(events::publishEvent));
        })
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> entries(subject), found -> found.size() == expected.length)
                .andVerify(found -> assertThat(found).containsExactlyInAnyOrder(expected));
    }

    @Test
    void the_entries_of_a_transaction_s_events_are_written_by_its_commit_together_and_not_before() {
        String subject = "instrument:audit-batch-" + System.nanoTime();
        List<String> before = TenantContext.callAs("hengelo", () -> transaction.execute(status -> {
            publisher.publishEvent(new CatalogueEntryChanged("hengelo", "twente", "audit-beheer", subject, "versie 2"));
            publisher.publishEvent(new CatalogueEntryChanged("hengelo", "twente", "audit-beheer", subject, "versie 3"));
            return jdbc.sql("select detail from audit_event where subject = ?").param(subject).query(String.class)
                    .list();
        }));

        // none in the transaction before its commit; both right after it, in the order published, without waiting
        assertThat(before).isEmpty();
        assertThat(entries(subject)).containsExactly("CATALOGUE_CHANGED|audit-beheer|hengelo|versie 2",
                "CATALOGUE_CHANGED|audit-beheer|hengelo|versie 3");
    }

    @Test
    void a_catalogue_change_becomes_an_entry_of_its_municipality_and_a_rolled_back_one_leaves_none(Scenario scenario) {
        String kept = "instrument:audit-" + System.nanoTime();
        String rolledBack = kept + "-terug";
        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new CatalogueEntryChanged("borne", "twente", "audit-beheer", rolledBack, "teruggedraaid"));
            status.setRollbackOnly();
        });

        scenario.publish(new CatalogueEntryChanged("hengelo", "twente", "audit-beheer", kept, "versie 2 vanaf 2027-01-01"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> entries(kept), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found)
                        .containsExactly("CATALOGUE_CHANGED|audit-beheer|hengelo|versie 2 vanaf 2027-01-01"));
        assertThat(entries(rolledBack)).isEmpty();
    }
}
