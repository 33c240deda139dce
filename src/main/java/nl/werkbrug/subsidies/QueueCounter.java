package nl.werkbrug.subsidies;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the queue projection ({@code subsidy_queue_count}) of a municipality up to date from its subsidy events. Each
 * event recounts the municipality's requests instead of adding or subtracting one, so a resubmitted or reordered event
 * cannot make the count drift. Runs in the event's municipality: row-level security limits the count to its requests.
 */
@Component
class QueueCounter {

    private final JdbcClient jdbc;
    private final Clock clock;

    QueueCounter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubsidyEvent event) {
        jdbc.sql("""
                        insert into subsidy_queue_count (tenant_id, open_requests, awaiting_approval, updated_at)
                        select :tenant,
                               count(*) filter (where status in ('INGEDIEND', 'IN_BEHANDELING', 'INFORMATIE_GEVRAAGD')),
                               count(*) filter (where status in ('INGEDIEND', 'IN_BEHANDELING', 'INFORMATIE_GEVRAAGD')
                                                  and proposed_by is not null and decision_outcome is not null),
                               :now
                        from subsidy_request
                        on conflict (tenant_id) do update set open_requests = excluded.open_requests,
                            awaiting_approval = excluded.awaiting_approval, updated_at = excluded.updated_at""")
                .param("tenant", event.tenantId()).param("now", Timestamp.from(clock.instant())).update();
    }

    /** The active municipality's count; none until its first subsidy event. */
    QueueCount current() {
        return jdbc.sql("select open_requests, awaiting_approval from subsidy_queue_count")
                .query((rs, row) -> new QueueCount(rs.getInt(1), rs.getInt(2))).optional().orElse(QueueCount.NONE);
    }
}
