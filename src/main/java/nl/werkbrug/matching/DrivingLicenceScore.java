package nl.werkbrug.matching;

import org.jspecify.annotations.Nullable;

/** Driving licence: scored only when the vacancy requires one; then having one gives the whole weight. */
final class DrivingLicenceScore {

    private DrivingLicenceScore() {
    }

    static Part score(@Nullable Boolean required, boolean candidateHasOne, MatchWeights weights) {
        int weight = weights.of(Criterion.DRIVING_LICENCE);
        if (required == null) {
            return Part.notScored(Criterion.DRIVING_LICENCE, weight, "matching.reason.licence-not-stated");
        }
        if (!required) {
            return Part.notScored(Criterion.DRIVING_LICENCE, weight, "matching.reason.licence-not-required");
        }
        return Part.of(Criterion.DRIVING_LICENCE, weight, candidateHasOne ? 1 : 0,
                candidateHasOne ? "matching.reason.licence" : "matching.reason.no-licence");
    }
}
