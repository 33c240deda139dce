package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards' fact of an event published in its own municipality's transaction is kept in that transaction (the
 * facts table is the dashboards' inbox): with the commit, exactly once, without an event publication row; a rollback
 * keeps none; a fact that cannot be kept fails the commit of the change it describes. An event published in another
 * municipality's transaction still reaches the dashboards, after the commit, through the registry.
 */
@IntegrationTest
class FactInboxTests {

    /** Not Hof van Twente: {@code RunningTotalsTests} needs its totals to end in 2005 (these facts are of today). */
    private static final String TENANT = "rijssen-holten";
    private static final String REGION = "twente";

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void a_fact_is_kept_by_the_commit_of_its_publishing_transaction_without_a_registry_row_of_the_dashboards() {
        long file = 9_150_001;
        long[] insideTheTransaction = TenantContext.callAs(TENANT, () -> transaction.execute(status -> {
            publisher.publishEvent(new CandidateEvent.OutflowRecorded(file, TENANT, REGION, "c", OutflowReason.WERK));
            return new long[]{facts(file), publications("DashboardListener", file), publications("ProfileProjection", file)};
        }));

        // gathered, not yet written; no publication row for the dashboards, none for the pool's profile projection either
        // (the file is not in the pool, which the projection looks up in the transaction)
        assertThat(insideTheTransaction).containsExactly(0, 0, 0);
        // written by the commit itself: no waiting
        assertThat(facts(file)).isEqualTo(1);
    }

    @Test
    void a_rolled_back_transaction_keeps_no_fact() {
        long file = 9_150_002;
        TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new CandidateEvent.OutflowRecorded(file, TENANT, REGION, "c", OutflowReason.WERK));
            status.setRollbackOnly();
        }));

        assertThat(facts(file)).isZero();
        assertThat(pending(file)).isZero();
    }

    @Test
    void the_same_event_published_twice_is_one_fact() {
        long file = 9_150_003;
        var outflow = new CandidateEvent.OutflowRecorded(file, TENANT, REGION, "c", OutflowReason.WERK);
        TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status -> publisher.publishEvent(outflow)));
        TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status -> {
            publisher.publishEvent(outflow);
            publisher.publishEvent(outflow);
        }));

        assertThat(facts(file)).isEqualTo(1);
    }

    @Test
    void when_the_dashboards_part_fails_the_change_it_describes_is_not_committed_either() {
        long file = 9_150_004;
        long broken = 9_150_005;
        String subject = "fact-inbox-failure-" + file;
        // an instrument code of 61 characters does not fit the fact's code column (60): the fact cannot be kept
        String tooLong = "X".repeat(61);

        assertThatThrownBy(() -> TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status -> {
            audit.entry(AuditAction.values()[0], TENANT, "c", subject, "the change the facts describe");
            publisher.publishEvent(new CandidateEvent.OutflowRecorded(file, TENANT, REGION, "c", OutflowReason.WERK));
            publisher.publishEvent(new CandidateEvent.TrajectoryStarted(broken, TENANT, REGION, "c", tooLong));
        }))).isInstanceOf(DataAccessException.class);

        // nothing of the transaction stands: not the change, not the good fact, not the broken one, no registry row
        assertThat(auditEntries(subject)).isZero();
        assertThat(facts(file)).isZero();
        assertThat(facts(broken)).isZero();
        assertThat(publications("", file)).isZero();
    }

    @Test
    void an_event_published_in_another_municipality_s_transaction_reaches_the_dashboards_through_the_registry() {
        long file = 9_150_006;
        long registered = TenantContext.callAs("almelo", () -> transaction.execute(status -> {
            publisher.publishEvent(new CandidateEvent.OutflowRecorded(file, TENANT, REGION, "c", OutflowReason.WERK));
            return publications("DashboardListener", file);
        }));

        assertThat(registered).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> facts(file) == 1);
    }

    /** The municipality's facts of the subject, read in the municipality. */
    private long facts(long subject) {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql(
                "select count(*) from dashboard_fact where subject = :subject").param("subject", String.valueOf(subject))
                .query(Long.class).single()));
    }

    private long pending(long subject) {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql("""
                        select count(*) from dashboard_pending p join dashboard_fact f using (tenant_id, fact_key)
                        where f.subject = :subject""").param("subject", String.valueOf(subject))
                .query(Long.class).single()));
    }

    /** Publications (incomplete or not) of the event of {@code file} for a listener whose id contains {@code listener}. */
    private long publications(String listener, long file) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like '%' || :listener || '%' and serialized_event like '%' || :file || '%'""")
                .param("listener", listener).param("file", String.valueOf(file)).query(Long.class).single();
    }

    private long auditEntries(String subject) {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql(
                "select count(*) from audit_event where subject = :subject").param("subject", subject)
                .query(Long.class).single()));
    }
}
