package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.werkbrug.dashboards.HistoricalFigures.Series;
import nl.werkbrug.dashboards.HistoricalFigures.Value;
import org.jspecify.annotations.Nullable;

/**
 * One point on a KPI's time axis: a historical figure of a series whose definition matches the KPI's, or a live
 * figure of the KPI (then {@code series} is none). A suppressed live figure has no value.
 */
public record TimelinePoint(HistoricalPeriod period, @Nullable BigDecimal value, boolean suppressed,
                            @Nullable Series series, @Nullable String note) {

    public boolean live() {
        return series == null;
    }

    /**
     * The axis: every value of the matching series and every non-empty live figure per year, in time order
     * (history before live where periods start together).
     */
    public static List<TimelinePoint> axis(List<Series> matching, Map<Integer, Cell> liveYears) {
        List<TimelinePoint> points = new ArrayList<>();
        for (Series series : matching) {
            for (Value value : series.values()) {
                points.add(new TimelinePoint(value.months(), value.value(), false, series, value.note()));
            }
        }
        liveYears.forEach((year, cell) -> {
            if (!cell.isEmpty()) {
                points.add(new TimelinePoint(HistoricalPeriod.parse(String.valueOf(year)), cell.value(),
                        cell.suppressed(), null, null));
            }
        });
        points.sort(Comparator.comparing((TimelinePoint point) -> point.period().from())
                .thenComparing(point -> point.period().to()).thenComparing(TimelinePoint::live));
        return List.copyOf(points);
    }
}
