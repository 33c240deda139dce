package nl.werkbrug.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import nl.werkbrug.referrals.PlacementSubsidy;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.subsidies.SubsidyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links a subsidy request to the placement it was filed for. The request names the placement on the employer's word;
 * the link is made only when that referral is a hire of the same employer that the deciding municipality is a party
 * to (row-level security hides it otherwise). Runs in the deciding municipality (ADR 0008).
 */
@Component
public class PlacementSubsidies {

    private static final Logger log = LoggerFactory.getLogger(PlacementSubsidies.class);

    private final ReferralStore referrals;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlacementSubsidies(ReferralStore referrals, JdbcClient jdbc, Clock clock) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubsidyEvent.SubsidyRequestedForPlacement event) {
        Referral hire = referrals.find(event.placement())
                .filter(found -> found.employerId() == event.employerId() && found.state() == VoordrachtState.AANGENOMEN)
                .orElse(null);
        if (hire == null) {
            log.warn("Request {} of employer {} names referral {}, which is not a hire of that employer seen by {}: "
                    + "not linked", event.reference(), event.employerId(), event.placement(), event.tenantId());
            return;
        }
        jdbc.sql("""
                        insert into referral_subsidy_request (referral_id, region_id, owner_tenant_id,
                            proposer_tenant_id, employer_id, request_tenant_id, request_id, reference, instrument_code,
                            linked_at)
                        values (:referral, :region, :owner, :proposer, :employer, :tenant, :request, :reference,
                                :instrument, :at)
                        on conflict do nothing""")
                .param("referral", hire.id()).param("region", hire.regionId()).param("owner", hire.ownerTenant())
                .param("proposer", hire.proposerTenant()).param("employer", hire.employerId())
                .param("tenant", event.tenantId()).param("request", event.requestId())
                .param("reference", event.reference()).param("instrument", event.instrumentCode())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The requests filed for these placements that the caller may see, oldest link first (caller's transaction). */
    public List<PlacementSubsidy> of(Collection<java.util.UUID> placements) {
        if (placements.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select referral_id, reference, instrument_code, request_tenant_id
                        from referral_subsidy_request where referral_id = any(cast(:ids as uuid[])) order by linked_at, reference""")
                .param("ids", placements.toArray(java.util.UUID[]::new))
                .query((rs, row) -> new PlacementSubsidy(rs.getObject("referral_id", java.util.UUID.class),
                        rs.getString("reference"), rs.getString("instrument_code"), rs.getString("request_tenant_id")))
                .list();
    }
}
