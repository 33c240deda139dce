package nl.werkbrug.candidates;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line in a consultant's caseload. */
public record CandidateFileSummary(long id, String tenantId, String fileNumber, String name,
                                   @Nullable Integer ladderRung, @Nullable String consultant, Instant createdAt) {
}
