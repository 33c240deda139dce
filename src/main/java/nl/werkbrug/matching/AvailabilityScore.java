package nl.werkbrug.matching;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Availability: available on or before the day the vacancy needs someone gives the whole weight; within the grace
 * days after it, the grace fit; later or unknown, nothing.
 */
final class AvailabilityScore {

    private AvailabilityScore() {
    }

    static Part score(LocalDate neededFrom, @Nullable LocalDate availableFrom, MatchWeights weights) {
        int weight = weights.of(Criterion.AVAILABILITY);
        if (availableFrom == null) {
            return Part.of(Criterion.AVAILABILITY, weight, 0, "matching.reason.availability-unknown");
        }
        if (!availableFrom.isAfter(neededFrom)) {
            return Part.of(Criterion.AVAILABILITY, weight, 1, "matching.reason.available", neededFrom);
        }
        MatchWeights.AvailabilityGrace grace = weights.availability();
        if (!availableFrom.isAfter(neededFrom.plusDays(grace.graceDays()))) {
            return Part.of(Criterion.AVAILABILITY, weight, grace.graceFit(), "matching.reason.available-soon",
                    availableFrom);
        }
        return Part.of(Criterion.AVAILABILITY, weight, 0, "matching.reason.available-later", availableFrom);
    }
}
