package nl.werkbrug.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A candidate file's place in the pool, as its own consultants see it.
 *
 * @param consultants          the region's other municipalities may see the profile now
 * @param employers            employers may see the profile, while it is confirmed
 * @param lastConfirmed        the day a consultant last confirmed the profile is current
 * @param employersSeeUntil    the last day employers see it without a new confirmation; empty: the municipality set
 *                             no term (or employers have no consent)
 * @param confirmationDue      the term passed: employers no longer see the profile until it is confirmed
 * @param ledger               every consent given and withdrawn, oldest first
 */
public record PoolMembership(UUID profileId, String pseudonym, boolean consultants, boolean employers,
                             LocalDate lastConfirmed, @Nullable LocalDate employersSeeUntil, boolean confirmationDue,
                             int completeness, List<ConsentLine> ledger) {

    public PoolMembership {
        ledger = List.copyOf(ledger);
    }
}
