package nl.werkbrug.dashboards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts for what a bulk import brought into a municipality (the demo's caseloads publish no events): each event as
 * its module would have published it, dated by the imported entry's own day, mapped by the listener's own mapping and
 * kept like the listener's facts (once, however often), then the municipality's figures recomputed once.
 */
@Service
public class ImportedFacts {

    /** An event with the day it happened on. */
    public record DatedEvent(LocalDate on, Object event) {
    }

    private final Projection projection;
    private final TransactionTemplate transaction;
    private final String region;

    ImportedFacts(Projection projection, TransactionTemplate transaction, TenantDirectory directory) {
        this.projection = projection;
        this.transaction = transaction;
        this.region = directory.region().id();
    }

    /** Keeps the events' facts in the municipality; returns how many were new. */
    @PreAuthorize("hasRole('SYSTEM')")
    public int record(String tenantId, List<DatedEvent> events) {
        List<Fact> facts = events.stream().map(dated -> DashboardListener.factOf(dated.event(), dated.on()))
                .flatMap(Optional::stream).toList();
        Integer inserted = TenantContext.callAs(tenantId, () -> transaction.execute(status ->
                projection.recordAll(tenantId, region, facts)));
        return inserted == null ? 0 : inserted;
    }
}
