package nl.werkbrug.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as stored and as its parties see it. Holds the pseudonym of the pool profile, never the candidate's
 * name; the file id is the owning municipality's (its screens link to the file, the others never show it).
 *
 * @param sentAt     when it reached the employer (the reply-time target counts from here); empty while it waits for
 *                   the owner's agreement
 * @param placement  the placement, once hired
 * @param remindedOn the day the employer was last reminded to reply
 */
public record Referral(UUID id, String regionId, String ownerTenant, String proposerTenant, long employerId,
                       String employerName, long vacancyId, String vacancyTitle, UUID profileId, String pseudonym,
                       long fileId, VoordrachtState state, @Nullable String motivation, String proposedBy,
                       Instant proposedAt, @Nullable String agreedBy, @Nullable Instant sentAt, String changedBy,
                       Instant changedAt, @Nullable AfwijzingsReden rejectionReason, @Nullable LapseCause lapseCause,
                       @Nullable String note, @Nullable Plaatsing placement, boolean outflowRecorded,
                       @Nullable LocalDate remindedOn) {

    /** Whether another municipality proposed the candidate (so the owner had to agree). */
    public boolean crossMunicipal() {
        return !ownerTenant.equals(proposerTenant);
    }
}
