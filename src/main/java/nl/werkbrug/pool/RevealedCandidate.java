package nl.werkbrug.pool;

/** The candidate behind a profile, as a requester sees them after the candidate agreed to the introduction. */
public record RevealedCandidate(String pseudonym, String name, String phone, String email) {
}
