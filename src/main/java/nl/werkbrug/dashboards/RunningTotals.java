package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The rollup behind the regional page ({@code dashboard_running}, and for the page's read a month's totals in one row of
 * {@code dashboard_running_month}): per KPI, dimension and month the running total of a municipality's figures up to
 * and including that month. A flow's running total is the sum of its figures of every month up to it, so a period's
 * value is {@code running(to) - running(from - 1)} ({@link Period}): two totals however long the period. A stock's
 * (the pool size) is its last figure up to that month. Every part of a figure is additive
 * (cases, the numerator of a share, an amount; a share and the banenafspraak's jobs are formed after summing), so the
 * difference is exactly the sum of the period's figures. Pure: the same figures give the same totals, whether the
 * projector writes them from a month on or the rebuild writes them all.
 */
final class RunningTotals {

    /** One row of {@code dashboard_running}. */
    record Running(String kpi, String dimension, YearMonth month, int cases, int numerator,
                   @Nullable BigDecimal amount) {

        Key key() {
            return new Key(kpi, dimension);
        }
    }

    record Key(String kpi, String dimension) {
    }

    /** The KPIs that are stocks: the running total is the last figure, not a sum. */
    static final Set<String> STOCKS = Set.of(KpiCalculator.POOL_SIZE);

    private RunningTotals() {
    }

    /**
     * The running totals of every month from {@code from} to {@code until}, for every dimension that has a total in
     * {@code before} (the rows of the month before {@code from}) or a figure among {@code figures} (those of the months
     * from {@code from} on; earlier ones are ignored). A dimension's rows start at its first figure, or at
     * {@code from} when it has a total before; a month without a figure carries the total on. {@code until} must not
     * be before the last figure's month.
     */
    static List<Running> of(Collection<Running> before, Collection<Figure> figures, YearMonth from, YearMonth until) {
        Map<Key, Running> base = new HashMap<>();
        before.forEach(row -> base.put(row.key(), row));
        Map<Key, NavigableMap<YearMonth, Figure>> byKey = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.month().isAfter(until)) {
                throw new IllegalArgumentException("A figure of " + figure.month() + " after " + until);
            }
            if (!figure.month().isBefore(from)) {
                byKey.computeIfAbsent(new Key(figure.kpi(), figure.dimension()), key -> new TreeMap<>())
                        .put(figure.month(), figure);
            }
        }
        List<Running> rows = new ArrayList<>();
        java.util.Set<Key> keys = new java.util.HashSet<>(base.keySet());
        keys.addAll(byKey.keySet());
        for (Key key : keys) {
            NavigableMap<YearMonth, Figure> months = byKey.getOrDefault(key, new TreeMap<>());
            Running last = base.get(key);
            YearMonth start = last != null ? from : months.firstKey();
            boolean stock = STOCKS.contains(key.kpi());
            int cases = last == null ? 0 : last.cases();
            int numerator = last == null ? 0 : last.numerator();
            BigDecimal amount = last == null ? null : last.amount();
            for (YearMonth month = start; !month.isAfter(until); month = month.plusMonths(1)) {
                Figure figure = months.get(month);
                if (figure != null && stock) {
                    cases = figure.cases();
                    numerator = figure.numerator() == null ? 0 : figure.numerator();
                    amount = figure.amount();
                } else if (figure != null) {
                    cases += figure.cases();
                    numerator += figure.numerator() == null ? 0 : figure.numerator();
                    amount = figure.amount() == null ? amount : amount == null ? figure.amount() : amount.add(figure.amount());
                }
                rows.add(new Running(key.kpi(), key.dimension(), month, cases, numerator, amount));
            }
        }
        return rows;
    }

    /**
     * A period's value of one municipality, KPI and dimension, formed from its running totals at the period's last
     * month ("the end") and at the month before its first ("the start"), added as they are read: a flow's value is
     * the end's total minus the start's, a stock's the end's alone. One row can be both the end and the start: a
     * municipality's totals run to its last month, so for a period after that month both are that month's row (a
     * flow's difference is then zero, a stock keeps its last value).
     */
    static final class Period {

        private final boolean stock;
        private int endCases;
        private int endNumerator;
        private @Nullable BigDecimal endAmount;
        private int startCases;
        private int startNumerator;
        private @Nullable BigDecimal startAmount;

        Period(boolean stock) {
            this.stock = stock;
        }

        /** Adds a running total read at the period's end, at its start, or both. */
        void add(boolean atEnd, boolean atStart, int cases, int numerator, @Nullable BigDecimal amount) {
            if (atEnd) {
                endCases += cases;
                endNumerator += numerator;
                endAmount = plus(endAmount, amount);
            }
            if (atStart) {
                startCases += cases;
                startNumerator += numerator;
                startAmount = plus(startAmount, amount);
            }
        }

        /** Whether the period has a figure: always for a stock, for a flow when its cases changed in it. */
        boolean hasFigures() {
            return stock || endCases != startCases;
        }

        int cases() {
            return stock ? endCases : endCases - startCases;
        }

        int numerator() {
            return stock ? endNumerator : endNumerator - startNumerator;
        }

        /** The amount, or none when the end has none. */
        @Nullable
        BigDecimal amount() {
            if (endAmount == null || stock || startAmount == null) {
                return endAmount;
            }
            return endAmount.subtract(startAmount);
        }

        private static @Nullable BigDecimal plus(@Nullable BigDecimal sum, @Nullable BigDecimal more) {
            return more == null ? sum : sum == null ? more : sum.add(more);
        }
    }

    /** The month up to which a municipality's totals run: today's, or a later one that has figures already. */
    static YearMonth until(YearMonth current, @Nullable YearMonth written, Collection<Figure> figures) {
        YearMonth until = written != null && written.isAfter(current) ? written : current;
        for (Figure figure : figures) {
            if (figure.month().isAfter(until)) {
                until = figure.month();
            }
        }
        return until;
    }
}
