package nl.werkbrug.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion's share of a score: its weight, the points it gave (weight × how well it fits, to one decimal) and
 * why, as a message key {@code matching.reason.*} with its arguments. A criterion that could not be scored (the
 * vacancy does not state it) gives no points and says so ({@code scored} false).
 */
public record Part(Criterion criterion, int weight, BigDecimal points, boolean scored, String reasonKey,
                   List<Object> args) {

    public Part {
        args = List.copyOf(args);
    }

    static Part of(Criterion criterion, int weight, double fit, String reasonKey, Object... args) {
        BigDecimal points = BigDecimal.valueOf(weight * Math.clamp(fit, 0.0, 1.0))
                .setScale(1, java.math.RoundingMode.HALF_UP);
        return new Part(criterion, weight, points, true, reasonKey, List.of(args));
    }

    static Part notScored(Criterion criterion, int weight, String reasonKey) {
        return new Part(criterion, weight, BigDecimal.ZERO.setScale(1), false, reasonKey, List.of());
    }
}
