package nl.werkbrug.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * A municipality's choices for its candidates in the regional pool, from the {@code pool} block of its tenant file.
 * Each is a policy decision of the municipality; one it has not made stays empty and the portal says so.
 *
 * @param confirmAfterDays        a profile its consultant has not confirmed for this many days is hidden from
 *                                employers and flagged to the consultant
 * @param introductionExpiresDays an introduction request to one of its profiles that is not answered within this
 *                                many days expires
 * @param quotas                  its own anti-scraping quotas for its consultants, where it deviates from the
 *                                region's ({@code werkbrug.pool.quotas.*})
 */
public record PoolSettings(@Nullable Integer confirmAfterDays, @Nullable Integer introductionExpiresDays,
                           Quotas quotas) {

    public static final PoolSettings NONE = new PoolSettings(null, null, Quotas.REGION);

    /**
     * Quotas of a municipality for its own consultants; one left empty is the region's.
     *
     * @param consultantViewsPerDay   profile views per consultant per day
     * @param municipalityViewsPerDay profile views by all its consultants together per day
     * @param searchesPerDay          searches per consultant per day
     */
    public record Quotas(@Nullable Integer consultantViewsPerDay, @Nullable Integer municipalityViewsPerDay,
                         @Nullable Integer searchesPerDay) {

        /** No quota of its own: the region's apply. */
        public static final Quotas REGION = new Quotas(null, null, null);
    }
}
