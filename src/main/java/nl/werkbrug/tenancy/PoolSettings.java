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
 */
public record PoolSettings(@Nullable Integer confirmAfterDays, @Nullable Integer introductionExpiresDays) {

    public static final PoolSettings NONE = new PoolSettings(null, null);
}
