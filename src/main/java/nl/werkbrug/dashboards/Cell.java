package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.werkbrug.dashboards.KpiDefinition.Measure;
import org.jspecify.annotations.Nullable;

/**
 * One figure as shown: its value, the counts behind it (for the suppression rule) and whether it is suppressed. A
 * suppressed cell has no value and no counts: what it hides never leaves the service.
 *
 * @param cases     people or cases behind the value (the denominator of a share)
 * @param numerator the cases that count, for a share
 */
public record Cell(@Nullable BigDecimal value, int cases, @Nullable Integer numerator, boolean suppressed) {

    public static final Cell EMPTY = new Cell(null, 0, null, false);
    public static final Cell SUPPRESSED = new Cell(null, 0, null, true);

    /** A cell of {@code measure} from the counts (and the amount) behind it. */
    static Cell of(Measure measure, int cases, int numerator, @Nullable BigDecimal amount) {
        if (cases == 0) {
            return EMPTY;
        }
        return switch (measure) {
            case COUNT, STOCK -> new Cell(BigDecimal.valueOf(cases), cases, null, false);
            case AMOUNT, NUMBER -> new Cell(amount == null ? BigDecimal.ZERO : amount, cases, null, false);
            case SHARE -> new Cell(BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP),
                    cases, numerator, false);
        };
    }

    public boolean isEmpty() {
        return !suppressed && value == null;
    }
}
