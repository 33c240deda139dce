package nl.werkbrug.pool;

import java.util.Locale;
import java.util.Optional;

import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditLog;
import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PoolSearchSql.Viewer;
import nl.werkbrug.pool.internal.PostcodeAreas;
import nl.werkbrug.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the regional pool and opening a profile, for the consultants of every municipality of the region and
 * for employers' users, always within the candidate's consent: row-level security limits the rows and every query
 * states the audience's conditions itself too. Each search and each profile view is charged to the user's quotas
 * first and audited with counts only. There is no export: a search gives one page at a time.
 */
@PreAuthorize("@tenantAccess.has('CONSULTANT') or hasRole('EMPLOYER')")
@Service
public class PoolSearch {

    /** The largest page a search serves. */
    public static final int MAX_PAGE = 50;

    private final PoolSearchSql sql;
    private final PoolViewers viewers;
    private final PoolQuotas quotas;
    private final AuditLog audit;

    PoolSearch(PoolSearchSql sql, PoolViewers viewers, PoolQuotas quotas, AuditLog audit) {
        this.sql = sql;
        this.viewers = viewers;
        this.quotas = quotas;
        this.audit = audit;
    }

    /**
     * One page of the profiles that match, most relevant first.
     *
     * @throws InvalidInputException      when the query has problems (at their fields)
     * @throws PoolQuotaExceededException when the user's search quota is used up
     */
    @Transactional // not read-only: the audit line is written in it
    public PoolResults search(PoolQuery query, int offset, int limit) {
        Viewer viewer = viewers.current();
        PostcodeAreas.@Nullable Centroid centroid = viewers.centroid(query);
        quotas.chargeSearch();
        PoolResults results = sql.search(query, centroid, viewer, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE),
                viewers.names());
        audit.recordWithin(AuditAction.POOL_SEARCHED, viewer.tenant(), viewers.employer().map(id -> "werkgever:" + id)
                .orElse("pool"), "treffers=" + results.total() + "; getoond=" + results.hits().size() + "; vanaf="
                + results.offset());
        return results;
    }

    /**
     * The profile with this pseudonym if the user may see it now; empty when it does not exist, was withdrawn or is
     * not confirmed recently enough (one answer for all, so nothing leaks). The view is charged to the user's quota
     * and audited for the owning municipality, so its admins see who looked.
     *
     * @throws PoolQuotaExceededException when the user's profile-view quota is used up; nothing is served then
     */
    @Transactional // not read-only: the audit line is written in it (one connection, not two)
    public Optional<PoolProfile> profile(String pseudonym) {
        Viewer viewer = viewers.current();
        String asked = pseudonym.strip().toUpperCase(Locale.ROOT);
        Optional<PoolProfile> profile = sql.profile(asked, viewer, viewers.names());
        if (profile.isEmpty()) {
            // a miss counts too, so guessing pseudonyms runs into the same quota as opening profiles
            quotas.chargeProfileView(null, asked.length() > 20 ? asked.substring(0, 20) : asked);
        }
        profile.ifPresent(found -> {
            quotas.chargeProfileView(found.ownerTenant(), found.pseudonym());
            audit.recordWithin(AuditAction.POOL_PROFILE_VIEWED, found.ownerTenant(), "pool:" + found.pseudonym(),
                    viewer.tenant() == null ? "werkgever " + viewers.employer().map(String::valueOf).orElse("?")
                            : "gemeente " + viewer.tenant());
        });
        return profile;
    }
}
