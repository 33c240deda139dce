package nl.werkbrug.dashboards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a dashboard shows, from {@code from} up to and including {@code to}.
 *
 * @param kind how the period was chosen, for its label
 */
public record ReportingPeriod(YearMonth from, YearMonth to, Kind kind) {

    public enum Kind { YEAR, MONTH, LAST_TWELVE_MONTHS }

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12), Kind.YEAR);
    }

    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(month, month, Kind.MONTH);
    }

    /** The periods to choose from on {@code today}: this year first. */
    public static List<ReportingPeriod> choices(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return List.of(year(today.getYear()), month(current), month(current.minusMonths(1)),
                new ReportingPeriod(current.minusMonths(11), current, Kind.LAST_TWELVE_MONTHS), year(today.getYear() - 1));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
