package nl.werkbrug.subsidies;

import java.sql.Timestamp;
import java.time.Clock;

import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the queue projection ({@code subsidy_queue_count}) of a municipality up to date from its subsidy events. Each
 * event recounts the municipality's requests instead of adding or subtracting one, so a resubmitted or reordered event
 * cannot make the count drift. Runs in the event's municipality: row-level security limits the count to its requests.
 */
@Component
class QueueCounter {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantDirectory directory;
    private final TransactionTemplate transaction;

    QueueCounter(JdbcClient jdbc, Clock clock, TenantDirectory directory, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.transaction = transaction;
    }

    @ApplicationModuleListener
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
