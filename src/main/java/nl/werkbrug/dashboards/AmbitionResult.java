package nl.werkbrug.dashboards;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

import nl.werkbrug.dashboards.HistoricalFigures.Ambition;
import nl.werkbrug.dashboards.HistoricalFigures.Comparison;
import nl.werkbrug.dashboards.HistoricalFigures.Series;
import nl.werkbrug.dashboards.HistoricalFigures.Value;
import org.jspecify.annotations.Nullable;

/**
 * An ambition next to its realisation and a verdict. The verdict is only as firm as the figures: a count that
 * reached its target within the period is reached; otherwise only a realisation over the whole period decides,
 * and where the period is over but the realisation covers part of it, or there is none, the verdict is
 * {@link Verdict#ONBEKEND} with the reason. The source's own verdict is shown beside it, never instead.
 *
 * @param realisation the realisation chosen (the last figure that ends within the ambition's period), or none
 */
public record AmbitionResult(Ambition ambition, @Nullable Value realisation, Verdict verdict, @Nullable Reason reason) {

    public enum Verdict { GEHAALD, NIET_GEHAALD, LOOPT_NOG, ONBEKEND }

    /** Why the verdict is {@link Verdict#ONBEKEND} (or still running). */
    public enum Reason { NO_TARGET, NO_PERIOD, NO_REALISATION, PART_OF_PERIOD }

    /** Judges {@code ambition} with the figures of {@code series} (its realisation, if any) in {@code month}. */
    public static AmbitionResult judge(Ambition ambition, Optional<Series> series, YearMonth month) {
        HistoricalPeriod period = ambition.months();
        if (ambition.target() == null) {
            return new AmbitionResult(ambition, null, Verdict.ONBEKEND, Reason.NO_TARGET);
        }
        if (period == null) {
            return new AmbitionResult(ambition, null, Verdict.ONBEKEND, Reason.NO_PERIOD);
        }
        boolean running = !period.to().isBefore(month);
        Value value = series.flatMap(found -> found.values().stream()
                .filter(candidate -> endsWithin(candidate.months(), period))
                .max(Comparator.comparing((Value candidate) -> candidate.months().to())
                        .thenComparing(candidate -> candidate.months().from(), Comparator.reverseOrder())))
                .orElse(null);
        if (value == null) {
            return new AmbitionResult(ambition, null, running ? Verdict.LOOPT_NOG : Verdict.ONBEKEND, Reason.NO_REALISATION);
        }
        int compared = value.value().compareTo(ambition.target());
        boolean reached = ambition.comparison() == Comparison.AT_LEAST ? compared >= 0 : compared <= 0;
        boolean whole = value.months().covers(period);
        if (reached && (whole || ambition.cumulative() && ambition.comparison() == Comparison.AT_LEAST)) {
            return new AmbitionResult(ambition, value, Verdict.GEHAALD, null);
        }
        if (!reached && (whole || ambition.cumulative() && ambition.comparison() == Comparison.AT_MOST)) {
            return new AmbitionResult(ambition, value, Verdict.NIET_GEHAALD, null);
        }
        return new AmbitionResult(ambition, value, running ? Verdict.LOOPT_NOG : Verdict.ONBEKEND, Reason.PART_OF_PERIOD);
    }

    private static boolean endsWithin(HistoricalPeriod value, HistoricalPeriod period) {
        return !value.to().isAfter(period.to()) && !value.to().isBefore(period.from());
    }
}
