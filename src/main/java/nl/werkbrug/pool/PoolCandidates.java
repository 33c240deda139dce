package nl.werkbrug.pool;

import java.util.List;
import java.util.Optional;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PoolSearchSql.Viewer;
import nl.werkbrug.pool.internal.PostcodeAreas;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool as the candidate set of a ranking elsewhere (the {@code matching} module): the profiles the user may see
 * in an occupation group, under the same row-level security, audience conditions, search quota and audit as a
 * search; and distances between 4-digit postcode areas.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('EMPLOYER')")
@Service
public class PoolCandidates {

    /** The most profiles one candidate set holds (chosen by pseudonym beyond it). */
    public static final int CAP = 100_000;

    private final PoolSearchSql sql;
    private final PoolViewers viewers;
    private final PoolQuotas quotas;
    private final AuditLog audit;
    private final PostcodeAreas areas;

    PoolCandidates(PoolSearchSql sql, PoolViewers viewers, PoolQuotas quotas, AuditLog audit, PostcodeAreas areas) {
        this.sql = sql;
        this.viewers = viewers;
        this.quotas = quotas;
        this.audit = audit;
        this.areas = areas;
    }

    /**
     * The profiles the user may see with an occupation in the ISCO-08 minor group of {@code iscoCode}; when fewer
     * than {@code wanted}, in its major group. Charged as one search and audited with counts only.
     *
     * @param purpose what the set is for, in the audit line (e.g. "vacature 12")
     */
    @Transactional // not read-only: the audit line is written in it
    public List<PoolProfile> inOccupationGroup(String iscoCode, int wanted, String purpose) {
        Viewer viewer = viewers.current();
        quotas.chargeSearch();
        PoolSearchSql.Names names = viewers.names();
        List<PoolProfile> found = sql.inOccupationGroup(iscoCode.substring(0, 3), viewer, CAP, names);
        if (found.size() < wanted) {
            found = sql.inOccupationGroup(iscoCode.substring(0, 1), viewer, CAP, names);
        }
        audit.recordWithin(AuditAction.POOL_SEARCHED, viewer.tenant(), viewers.employer().map(id -> "werkgever:" + id)
                .orElse("pool"), "matching " + purpose + "; kandidaten=" + found.size());
        return found;
    }

    /**
     * The best {@code limit} profiles the user may see in the ISCO-08 minor group of the ranking's occupation by its
     * score computed in the database (when fewer than {@code limit}, in its major group), with how many were scored.
     * Charged as one search and audited with counts only.
     */
    @Transactional // not read-only: the audit line is written in it
    public PoolRanking.Ranked ranked(PoolRanking ranking, int limit, String purpose) {
        Viewer viewer = viewers.current();
        quotas.chargeSearch();
        PoolSearchSql.Names names = viewers.names();
        PoolRanking.Ranked ranked = sql.ranked(ranking, ranking.iscoCode().substring(0, 3), viewer, limit, names);
        if (ranked.scored() < limit) {
            ranked = sql.ranked(ranking, ranking.iscoCode().substring(0, 1), viewer, limit, names);
        }
        audit.recordWithin(AuditAction.POOL_SEARCHED, viewer.tenant(), viewers.employer().map(id -> "werkgever:" + id)
                .orElse("pool"), "matching " + purpose + "; kandidaten=" + ranked.scored());
        return ranked;
    }

    /** The distance from an area to every area the pool knows (for a ranking). */
    public java.util.Map<String, Double> kilometresFrom(@Nullable String area) {
        return area == null ? java.util.Map.of() : areas.centroid(area).map(from -> areas.within(from, 1_000))
                .orElse(java.util.Map.of());
    }

    /** Kilometres as the crow flies between the centres of two 4-digit postcode areas; empty when one is unknown. */
    public Optional<Double> kilometres(@Nullable String fromArea, @Nullable String toArea) {
        if (fromArea == null || toArea == null) {
            return Optional.empty();
        }
        return areas.centroid(fromArea).flatMap(from -> areas.centroid(toArea).map(from::kilometresTo));
    }
}
