package nl.werkbrug.dashboards;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a historical figure covers, as the data files write them: a year ({@code 2016}), a month
 * ({@code 2017-06}) or a range of months ({@code 2019-01..2019-09}).
 */
public record HistoricalPeriod(YearMonth from, YearMonth to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}))?");

    public HistoricalPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start: " + from + ".." + to);
        }
    }

    /** Reads {@code 2016}, {@code 2017-06} or {@code 2019-01..2019-09}. */
    public static HistoricalPeriod parse(String text) {
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            int value = Integer.parseInt(year.group(1));
            return new HistoricalPeriod(YearMonth.of(value, 1), YearMonth.of(value, 12));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            YearMonth from = YearMonth.parse(range.group(1));
            return new HistoricalPeriod(from, range.group(2) == null ? from : YearMonth.parse(range.group(2)));
        }
        throw new IllegalArgumentException("'" + text + "' is no period (2016, 2017-06 or 2019-01..2019-09)");
    }

    /** Whether this is one whole calendar year. */
    public boolean isYear() {
        return from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear();
    }

    /** Whether this period covers all of {@code other}. */
    public boolean covers(HistoricalPeriod other) {
        return !from.isAfter(other.from) && !to.isBefore(other.to);
    }

    /** "2016", "2017-06" or "2019-01 – 2019-09": the same in Dutch and English texts. */
    public String label() {
        if (isYear()) {
            return String.valueOf(from.getYear());
        }
        return from.equals(to) ? from.toString() : from + " – " + to;
    }
}
