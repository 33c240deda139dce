package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.werkbrug.dashboards.FigureMatrix.Row;
import nl.werkbrug.dashboards.FigureMatrix.RowKind;
import nl.werkbrug.dashboards.KpiDefinition.Measure;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the projected figures a table needs and builds the table in one pass over them, in the caller's transaction
 * (row-level security decides whose figures it sees). A table of the period as a whole (municipalities, instruments)
 * reads two rows of running totals per municipality, whatever the period's length: a flow's value is the total at the
 * period's end minus the one before its start, a stock's the last one up to the period's end. A table of months reads
 * the period's months of one municipality and, for a stock, its months before them. The values come from the sums by {@link Cell#of} and
 * {@link KpiCalculator#shown}, as the projection's formulas define them.
 */
@Component
class FigureReader {

    /**
     * Per municipality (of :tenants, in the region :region) the running totals ({@link RunningTotals}) a period's
     * values are formed from, one row per month with every KPI and dimension side by side
     * ({@code dashboard_running_month}): that of the period's last month (:to, {@code at_end}) and that of the month
     * before its first (:before, {@code at_start}); the difference (or a stock's last value) is
     * {@link RunningTotals.Period}'s. Each municipality's totals run to its last month: a month after it has had no
     * figure, so both months are taken no later than that one (one row is then both). At most two rows per
     * municipality whatever the period's length, found by the key (municipality, month). The months per municipality
     * are computed first ({@code materialized}) and named as {@code = any(array[…])}: inlined, the planner scanned
     * each municipality's every month and recomputed its last month per row; with {@code in (…)} the two months were
     * a filter, not part of the index condition (both measured at 10,000,000 facts: 788 ms instead of 10–15 ms,
     * loaded machine). Read a row per KPI and dimension (about 1,000 for Twente's page) and summed in the statement,
     * the database's work per row was most of the page's time (ADR 0015, Update of 2026-12-03, the page read).
     */
    static final String BOUNDARIES = """
            with ends as materialized (
                select t.id as tenant_id, least(cast(:to as date), last.month) as to_month,
                    least(cast(:before as date), last.month) as before_month
                from unnest(cast(:tenants as varchar[])) as t(id)
                cross join lateral (select max(month) as month from dashboard_running_month where tenant_id = t.id)
                    as last
                where last.month is not null)
            select r.tenant_id, r.month = e.to_month as at_end, r.month = e.before_month as at_start, r.kpis,
                r.dimensions, r.cases, r.numerators, r.amounts, r.updated_at
            from ends e
            join dashboard_running_month r on r.tenant_id = e.tenant_id
                and r.month = any(array[e.to_month, e.before_month])
            where r.region_id = :region""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KpiDefinitions definitions;

    FigureReader(JdbcClient jdbc, Clock clock, KpiDefinitions definitions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.definitions = definitions;
    }

    /** A KPI of one municipality and dimension over a period: summed months, or a stock's last month. */
    record Sum(String tenant, String kpi, String dimension, int cases, int numerator, @Nullable BigDecimal amount,
               Instant updatedAt) {
    }

    /**
     * The coordinator's page in one read: every KPI per municipality with the region's total, and the KPIs kept per
     * instrument per instrument (the sums of all municipalities), from one statement over every KPI and dimension.
     */
    RegionPage regionPage(List<Tenant> tenants, Region region, ReportingPeriod period) {
        List<Sum> sums = sums(ids(tenants), region.id(), definitions.all(), false, period);
        return new RegionPage(municipalities(tenants, region, period,
                sums.stream().filter(sum -> sum.dimension().equals(Figure.TOTAL)).toList()),
                instruments(region.id(), region.name(), period, sums));
    }

    /** Every KPI per municipality, and the total of all municipalities read. */
    FigureMatrix municipalities(List<Tenant> tenants, Region region, ReportingPeriod period) {
        return municipalities(tenants, region, period, sums(ids(tenants), region.id(), definitions.all(), true, period));
    }

    private FigureMatrix municipalities(List<Tenant> tenants, Region region, ReportingPeriod period, List<Sum> sums) {
        List<KpiDefinition> kpis = definitions.all();
        Map<String, Map<String, Total>> byTenant = new HashMap<>();
        Map<String, Total> all = new HashMap<>();
        for (Sum sum : sums) {
            byTenant.computeIfAbsent(sum.tenant(), tenant -> new HashMap<>())
                    .computeIfAbsent(sum.kpi(), kpi -> new Total()).add(sum);
            all.computeIfAbsent(sum.kpi(), kpi -> new Total()).add(sum);
        }
        List<Row> rows = tenants.stream().sorted(Comparator.comparing(Tenant::shortName))
                .map(tenant -> new Row(tenant.id(), tenant.shortName(),
                        cells(kpis, byTenant.getOrDefault(tenant.id(), Map.of())))).toList();
        return new FigureMatrix(RowKind.MUNICIPALITY, kpis, rows, new Row(region.id(), region.name(), cells(kpis, all)),
                period, peildatum(sums.stream().map(Sum::updatedAt)), false);
    }

    /**
     * The KPIs kept per instrument, one row per instrument, summed over these municipalities (one, or the region's).
     */
    FigureMatrix instruments(List<Tenant> tenants, String region, String totalKey, String totalLabel,
                             ReportingPeriod period) {
        return instruments(totalKey, totalLabel, period,
                sums(ids(tenants), region, definitions.byInstrument(), false, period));
    }

    private FigureMatrix instruments(String totalKey, String totalLabel, ReportingPeriod period, List<Sum> read) {
        List<KpiDefinition> kpis = definitions.byInstrument();
        Set<String> ids = kpis.stream().map(KpiDefinition::id).collect(java.util.stream.Collectors.toSet());
        List<Sum> sums = read.stream().filter(sum -> ids.contains(sum.kpi())).toList();
        Map<String, Map<String, Total>> byDimension = new TreeMap<>();
        for (Sum sum : sums) {
            byDimension.computeIfAbsent(sum.dimension(), dimension -> new HashMap<>())
                    .computeIfAbsent(sum.kpi(), kpi -> new Total()).add(sum);
        }
        List<Row> rows = byDimension.entrySet().stream().filter(entry -> !entry.getKey().equals(Figure.TOTAL))
                .map(entry -> new Row(entry.getKey(), entry.getKey(), cells(kpis, entry.getValue()))).toList();
        Row total = new Row(totalKey, totalLabel, cells(kpis, byDimension.getOrDefault(Figure.TOTAL, Map.of())));
        return new FigureMatrix(RowKind.INSTRUMENT, kpis, rows, total, period,
                peildatum(sums.stream().map(Sum::updatedAt)), false);
    }

    /** One municipality month by month, and its total over the period. */
    FigureMatrix months(Tenant tenant, ReportingPeriod period) {
        Map<String, NavigableMap<YearMonth, Figure>> byKpi = new HashMap<>();
        Set<Instant> updated = new TreeSet<>();
        jdbc.sql("""
                        select kpi, month, cases, numerator, amount, updated_at from dashboard_figure
                        where tenant_id = :tenant and dimension = '' and month <= :to
                            and (month >= :from or kpi in (:stocks))""")
                .param("tenant", tenant.id()).param("from", Date.valueOf(period.from().atDay(1)))
                .param("to", Date.valueOf(period.to().atDay(1))).param("stocks", stocks())
                .query(rs -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    byKpi.computeIfAbsent(rs.getString("kpi"), kpi -> new TreeMap<>()).put(month,
                            new Figure(rs.getString("kpi"), month, Figure.TOTAL, rs.getInt("cases"),
                                    (Integer) rs.getObject("numerator", Integer.class), rs.getBigDecimal("amount")));
                    updated.add(rs.getTimestamp("updated_at").toInstant());
                });
        List<KpiDefinition> kpis = definitions.all();
        List<Row> rows = period.months().stream().map(month -> new Row(month.toString(), month.toString(),
                kpis.stream().map(kpi -> cell(kpi, byKpi.get(kpi.id()), month, month)).toList())).toList();
        Row total = new Row(tenant.id(), tenant.shortName(),
                kpis.stream().map(kpi -> cell(kpi, byKpi.get(kpi.id()), period.from(), period.to())).toList());
        return new FigureMatrix(RowKind.MONTH, kpis, rows, total, period, peildatum(updated.stream()), false);
    }

    /** A KPI over the months from {@code from} to {@code to}: their sum, or for a stock the last month up to {@code to}. */
    private static Cell cell(KpiDefinition kpi, @Nullable NavigableMap<YearMonth, Figure> months, YearMonth from,
                             YearMonth to) {
        Total total = new Total();
        if (months != null && kpi.measure() == Measure.STOCK) {
            Map.Entry<YearMonth, Figure> last = months.floorEntry(to);
            if (last != null) {
                total.add(last.getValue());
            }
        } else if (months != null) {
            months.subMap(from, true, to, true).values().forEach(total::add);
        }
        return total.cell(kpi);
    }

    private static List<Cell> cells(List<KpiDefinition> kpis, Map<String, Total> byKpi) {
        return kpis.stream().map(kpi -> byKpi.getOrDefault(kpi.id(), new Total()).cell(kpi)).toList();
    }

    /**
     * The period's value per municipality, KPI (of {@code kpis}) and dimension from {@link #BOUNDARIES}; every
     * dimension or the totals only. A flow without a figure in the period gives none.
     */
    private List<Sum> sums(String[] tenants, String region, List<KpiDefinition> kpis, boolean totalsOnly,
                           ReportingPeriod period) {
        Set<String> stocks = Set.copyOf(stocks());
        Set<String> wanted = kpis.stream().map(KpiDefinition::id).collect(java.util.stream.Collectors.toSet());
        Map<SumKey, Boundaries> byKey = new HashMap<>();
        jdbc.sql(BOUNDARIES).params(params(tenants, region, period)).query(rs -> {
            String tenant = rs.getString("tenant_id");
            boolean atEnd = rs.getBoolean("at_end");
            boolean atStart = rs.getBoolean("at_start");
            Instant updatedAt = rs.getTimestamp("updated_at").toInstant();
            String[] kpiIds = (String[]) rs.getArray("kpis").getArray();
            String[] dimensions = (String[]) rs.getArray("dimensions").getArray();
            Integer[] cases = (Integer[]) rs.getArray("cases").getArray();
            Integer[] numerators = (Integer[]) rs.getArray("numerators").getArray();
            BigDecimal[] amounts = (BigDecimal[]) rs.getArray("amounts").getArray();
            for (int i = 0; i < kpiIds.length; i++) {
                String kpi = kpiIds[i];
                if (!wanted.contains(kpi) || (totalsOnly && !dimensions[i].equals(Figure.TOTAL))) {
                    continue;
                }
                Boundaries read = byKey.computeIfAbsent(new SumKey(tenant, kpi, dimensions[i]),
                        key -> new Boundaries(new RunningTotals.Period(stocks.contains(kpi))));
                read.period().add(atEnd, atStart, cases[i], numerators[i], amounts[i]);
                read.updated(updatedAt);
            }
        });
        return byKey.entrySet().stream().filter(entry -> entry.getValue().period().hasFigures()).map(entry -> {
            RunningTotals.Period value = entry.getValue().period();
            return new Sum(entry.getKey().tenant(), entry.getKey().kpi(), entry.getKey().dimension(), value.cases(),
                    value.numerator(), value.amount(), entry.getValue().updatedAt());
        }).toList();
    }

    private record SumKey(String tenant, String kpi, String dimension) {
    }

    /** The running totals read for one municipality, KPI and dimension, and when the later of them was written. */
    private static final class Boundaries {

        private final RunningTotals.Period period;
        private Instant updatedAt = Instant.MIN;

        Boundaries(RunningTotals.Period period) {
            this.period = period;
        }

        RunningTotals.Period period() {
            return period;
        }

        void updated(Instant at) {
            if (at.isAfter(updatedAt)) {
                updatedAt = at;
            }
        }

        Instant updatedAt() {
            return updatedAt;
        }
    }

    /** The parameters of {@link #BOUNDARIES}. */
    static Map<String, Object> params(String[] tenants, String region, ReportingPeriod period) {
        return Map.of("tenants", tenants, "region", region, "to", Date.valueOf(period.to().atDay(1)),
                "before", Date.valueOf(period.from().minusMonths(1).atDay(1)));
    }

    private static String[] ids(List<Tenant> tenants) {
        return tenants.stream().map(Tenant::id).toArray(String[]::new);
    }

    List<String> stocks() {
        return Stream.concat(definitions.all().stream().filter(kpi -> kpi.measure() == Measure.STOCK)
                .map(KpiDefinition::id), Stream.of(KpiCalculator.POOL_SIZE)).distinct().toList();
    }

    private LocalDate peildatum(Stream<Instant> updated) {
        return updated.max(Comparator.naturalOrder()).map(moment -> LocalDate.ofInstant(moment, DutchTime.ZONE))
                .orElse(LocalDate.now(clock));
    }

    /** Adds up the counts and amounts behind a cell. */
    private static final class Total {

        private int cases;
        private int numerator;
        private @Nullable BigDecimal amount;

        void add(Sum sum) {
            add(sum.cases(), sum.numerator(), sum.amount());
        }

        void add(Figure figure) {
            add(figure.cases(), Objects.requireNonNullElse(figure.numerator(), 0), figure.amount());
        }

        private void add(int moreCases, int moreNumerator, @Nullable BigDecimal moreAmount) {
            cases += moreCases;
            numerator += moreNumerator;
            if (moreAmount != null) {
                amount = amount == null ? moreAmount : amount.add(moreAmount);
            }
        }

        Cell cell(KpiDefinition kpi) {
            return Cell.of(kpi.measure(), cases, numerator, KpiCalculator.shown(kpi.id(), amount));
        }
    }
}
