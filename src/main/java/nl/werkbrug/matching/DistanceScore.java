package nl.werkbrug.matching;

import org.jspecify.annotations.Nullable;

/**
 * Distance: 1 − distance ÷ reach, the distance between the centres of the candidate's and the vacancy's 4-digit
 * postcode areas, the reach the candidate's own travel distance (else the weights' default). Beyond the reach, or
 * with an unknown area, nothing.
 */
final class DistanceScore {

    private DistanceScore() {
    }

    static Part score(@Nullable Double distanceKm, @Nullable Integer travelKm, MatchWeights weights) {
        int weight = weights.of(Criterion.DISTANCE);
        if (distanceKm == null) {
            return Part.of(Criterion.DISTANCE, weight, 0, "matching.reason.distance-unknown");
        }
        int reach = travelKm != null && travelKm > 0 ? travelKm : weights.distance().defaultReachKm();
        long shown = Math.round(distanceKm);
        if (distanceKm > reach) {
            return Part.of(Criterion.DISTANCE, weight, 0, "matching.reason.beyond-reach", shown, reach);
        }
        return Part.of(Criterion.DISTANCE, weight, 1 - distanceKm / reach, "matching.reason.distance", shown, reach);
    }
}
