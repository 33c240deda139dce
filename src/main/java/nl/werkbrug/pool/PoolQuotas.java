package nl.werkbrug.pool;

import org.springframework.stereotype.Service;

/**
 * The quotas and rate limits that keep scrapers out of the pool (issue 15, part 5). Every profile view and every
 * search of a user is charged here before it is served.
 */
@Service
public class PoolQuotas {

    /**
     * Charges one view of a profile to the current user (and their organisation).
     *
     * @throws PoolQuotaExceededException when a quota or rate limit is used up; nothing is served then
     */
    public void chargeProfileView(String ownerTenant, String pseudonym) {
        // the quota helper replaces this body (work in progress on the pool-quotas branch)
    }

    /**
     * Charges one search to the current user.
     *
     * @throws PoolQuotaExceededException when a quota or rate limit is used up
     */
    public void chargeSearch() {
        // the quota helper replaces this body (work in progress on the pool-quotas branch)
    }
}
