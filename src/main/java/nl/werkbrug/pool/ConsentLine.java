package nl.werkbrug.pool;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the consent ledger: consent given or withdrawn, for an audience (or one requester). */
public record ConsentLine(Audience audience, @Nullable String requester, boolean given, String purpose,
                          ConsentBasis basis, String recordedBy, Instant recordedAt) {
}
