package nl.werkbrug.pool;

import java.util.UUID;

/**
 * A pool profile a consultant may propose to an employer (for the referrals module): whose it is, the file behind it
 * (the owning municipality's, for the placement) and whether the candidate lets employers see the profile now.
 */
public record ReferableProfile(UUID profileId, String pseudonym, String ownerTenant, long fileId,
                               boolean employersMaySee) {
}
