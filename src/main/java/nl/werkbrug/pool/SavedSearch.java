package nl.werkbrug.pool;

import java.time.Instant;
import java.util.UUID;

/**
 * A search a user saved, with how many profiles that match it became visible since the user last ran it (counted
 * again, under the consent in force now, every time the list is shown; results are never stored).
 */
public record SavedSearch(UUID id, String name, PoolQuery query, Instant createdAt, Instant lastSeenAt,
                          int newMatches) {
}
