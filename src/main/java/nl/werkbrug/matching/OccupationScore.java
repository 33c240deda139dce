package nl.werkbrug.matching;

import java.util.List;

/**
 * Occupation: the closest ISCO-08 group the candidate shares with the vacancy — the same unit group (4 digits), else
 * minor group (3), else major group (1), else none.
 */
final class OccupationScore {

    private OccupationScore() {
    }

    static Part score(String vacancyCode, List<String> candidateCodes, MatchWeights weights) {
        int weight = weights.of(Criterion.OCCUPATION);
        MatchWeights.OccupationFit fit = weights.occupation();
        if (candidateCodes.contains(vacancyCode)) {
            return Part.of(Criterion.OCCUPATION, weight, fit.unitGroup(), "matching.reason.same-occupation");
        }
        if (candidateCodes.stream().anyMatch(code -> code.startsWith(vacancyCode.substring(0, 3)))) {
            return Part.of(Criterion.OCCUPATION, weight, fit.minorGroup(), "matching.reason.same-minor-group");
        }
        if (candidateCodes.stream().anyMatch(code -> code.startsWith(vacancyCode.substring(0, 1)))) {
            return Part.of(Criterion.OCCUPATION, weight, fit.majorGroup(), "matching.reason.same-major-group");
        }
        return Part.of(Criterion.OCCUPATION, weight, 0, "matching.reason.other-occupation");
    }
}
