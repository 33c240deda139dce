package nl.werkbrug.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An introduction request to a pool profile, as its requester or the owning municipality sees it.
 *
 * @param requester     who asked, as the consent ledger names them: {@code werkgever:<id>} or {@code gemeente:<id>}
 * @param requesterName the employer's or the municipality's name
 * @param requestedBy   the user name of who asked
 * @param expiresOn     the last day before the request expires; empty: the owning municipality set no term, it does
 *                      not expire
 * @param fileId        the candidate file behind the profile, for the owning municipality only (empty otherwise)
 */
public record Introduction(UUID id, UUID profileId, String pseudonym, String ownerTenant, String requester,
                           String requesterName, String requestedBy, @Nullable Long vacancyId,
                           @Nullable String vacancyTitle, @Nullable String message, IntroductionState state,
                           Instant requestedAt, @Nullable LocalDate expiresOn, @Nullable String answeredBy,
                           @Nullable Instant answeredAt, @Nullable String answerNote, @Nullable Long fileId) {

    /** What the request is for, as the purpose of the candidate's consent: the vacancy, or else the message. */
    public String purpose() {
        String purpose = vacancyTitle != null ? "Vacature: " + vacancyTitle : "Bericht: " + message;
        return purpose.length() > 300 ? purpose.substring(0, 297) + "..." : purpose;
    }
}
