package nl.werkbrug.subsidies;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.persistence.EntityManager;
import nl.werkbrug.shared.TransactionBatch;
import nl.werkbrug.tenancy.PublishingTransaction;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the queue projection ({@code subsidy_queue_count}) of a municipality up to date from its subsidy events. Each
 * event recounts the municipality's requests instead of adding or subtracting one, so a resubmitted or reordered event
 * cannot make the count drift. Runs in the event's municipality: row-level security limits the count to its requests.
 * <p>
 * Published in a writable transaction of the event's own municipality (the common case: a consultant's decision), the
 * count is made in that transaction, once, just before its commit, whatever number of subsidy events it published: it
 * commits with the change it counts, with no event publication row and no transaction of its own (an employer's work
 * on a request runs in the request's municipality, so it counts the same way). Published elsewhere (another
 * municipality's transaction, none, a read-only one), the count is made after the commit in the event's municipality,
 * with the registry's guarantee. {@link PublishingTransaction} decides which (the listeners' conditions; Spring
 * Modulith stores publications only for listeners whose condition matches). Either way a count
 * first takes a lock per municipality for the rest of its transaction, so two transactions that count at once count
 * one after the other, the second seeing the first's committed change.
 */
@Component
class QueueCounter {

    private static final String HERE = PublishingTransaction.CONDITION_OWN;
    private static final String ELSEWHERE = PublishingTransaction.CONDITION_ELSEWHERE;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantDirectory directory;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    QueueCounter(JdbcClient jdbc, Clock clock, TenantDirectory directory, TransactionTemplate transaction,
                 EntityManager entityManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.transaction = transaction;
        this.entityManager = entityManager;
    }

    @EventListener(condition = HERE)
    void within(SubsidyEvent event) {
        // once per transaction and municipality, however many subsidy events it publishes
        TransactionBatch.of(Count.class, count -> count.tenant.equals(event.tenantId()), () -> new Count(event.tenantId()));
    }

    /** The count of one municipality made just before the commit of the transaction that changed its requests. */
    private final class Count implements TransactionSynchronization {

        private final String tenant;

        private Count(String tenant) {
            this.tenant = tenant;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // the requests' changes may still be in the persistence context: written before they are counted
            entityManager.flush();
            recount(tenant);
        }
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(SubsidyEvent event) {
        recount(event.tenantId());
    }

    /** Counts every municipality once at start-up, so the count is right before the first event after a deployment. */
    @EventListener(ApplicationReadyEvent.class)
    void recountAll() {
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> transaction.executeWithoutResult(status -> recount(tenant.id())));
        }
    }

    private void recount(String tenant) {
        // one count at a time per municipality: its statement's snapshot then holds every committed change before it
        jdbc.sql("select pg_advisory_xact_lock(hashtext('subsidy_queue_count:' || :tenant))").param("tenant", tenant)
                .query().singleRow();
        jdbc.sql("""
                        insert into subsidy_queue_count (tenant_id, open_requests, awaiting_approval, updated_at)
                        select :tenant,
                               count(*) filter (where status in (:open)),
                               count(*) filter (where status in (:open)
                                                  and proposed_by is not null and decision_outcome is not null),
                               :now
                        from subsidy_request
                        on conflict (tenant_id) do update set open_requests = excluded.open_requests,
                            awaiting_approval = excluded.awaiting_approval, updated_at = excluded.updated_at""")
                .param("tenant", tenant).param("open", SubsidyStatus.OPEN.stream().map(Enum::name).toList())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The active municipality's count. */
    QueueCount current() {
        return jdbc.sql("select open_requests, awaiting_approval from subsidy_queue_count")
                .query((rs, row) -> new QueueCount(rs.getInt(1), rs.getInt(2))).optional().orElse(QueueCount.NONE);
    }
}
