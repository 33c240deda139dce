package nl.werkbrug.matching;

import nl.werkbrug.candidates.EducationLevel;
import org.jspecify.annotations.Nullable;

/** Education: at least the level the vacancy asks. Not scored when the vacancy asks none. */
final class EducationScore {

    private EducationScore() {
    }

    static Part score(@Nullable EducationLevel asked, @Nullable EducationLevel candidate, MatchWeights weights) {
        int weight = weights.of(Criterion.EDUCATION);
        if (asked == null) {
            return Part.notScored(Criterion.EDUCATION, weight, "matching.reason.no-education-asked");
        }
        if (candidate == null) {
            return Part.of(Criterion.EDUCATION, weight, 0, "matching.reason.education-unknown");
        }
        boolean enough = candidate.compareTo(asked) >= 0;
        return Part.of(Criterion.EDUCATION, weight, enough ? 1 : 0,
                enough ? "matching.reason.education" : "matching.reason.education-below", asked);
    }
}
