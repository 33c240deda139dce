package nl.werkbrug.employer;

import java.time.Instant;

/** An open invitation of a colleague, as the employer admin sees it. */
public record InvitationSummary(long id, String email, String invitedBy, Instant createdAt, Instant expiresAt) {
}
