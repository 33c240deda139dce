package nl.werkbrug.matching;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Hours: the fewer of the hours asked and offered ÷ the more (24 of 32: 0.75). Unknown hours give nothing. */
final class HoursScore {

    private HoursScore() {
    }

    static Part score(BigDecimal vacancyHours, @Nullable Integer candidateHours, MatchWeights weights) {
        int weight = weights.of(Criterion.HOURS);
        if (candidateHours == null || candidateHours <= 0 || vacancyHours.signum() <= 0) {
            return Part.of(Criterion.HOURS, weight, 0, "matching.reason.hours-unknown");
        }
        double asked = vacancyHours.doubleValue();
        double fit = Math.min(asked, candidateHours) / Math.max(asked, candidateHours);
        return Part.of(Criterion.HOURS, weight, fit, "matching.reason.hours", candidateHours,
                vacancyHours.stripTrailingZeros().toPlainString());
    }
}
