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
 * reads one row per municipality, KPI and dimension: the database sums the period's months, and a stock is each
 * municipality's last month up to the period's end. A table of months reads the period's months of one municipality
 * and, for a stock, its months before them. The values come from the sums by {@link Cell#of} and
 * {@link KpiCalculator#shown}, as the projection's formulas define them.
 */
@Component
class FigureReader {

    /**
     * Per municipality of the region (:region), KPI (of :kpis) and dimension: the sum of the period's months (:from to
     * :to) of the flows, and the last month up to :to of each stock (:stocks); the {@code %s} takes a further
     * condition ({@link #TOTALS_ONLY}, {@link #OF_TENANT}) or none, so each shape of the read is a statement of its own
     * with a plan of its own (a generic plan of one statement with optional conditions read every dimension). The
     * region is named in the statement itself, not only by the row-level security policy: the policy's two branches
     * ({@code tenant_id} or {@code region_id}) make a bitmap scan of two indexes that visits the table, while
     * {@code region_id = :region} lets the covering index {@code dashboard_figure_read} answer alone (index-only), the
     * policy checked on the index's own columns.
     */
    static final String SUMS = """
            select tenant_id, kpi, dimension, sum(cases) as cases, sum(numerator) as numerator,
                sum(amount) as amount, max(updated_at) as updated_at
            from dashboard_figure
            where region_id = :region and kpi in (:kpis) and kpi not in (:stocks) and month >= :from and month <= :to%1$s
            group by tenant_id, kpi, dimension
            union all (
            select distinct on (tenant_id, kpi, dimension) tenant_id, kpi, dimension, cases, numerator,
                amount, updated_at
            from dashboard_figure
            where region_id = :region and kpi in (:kpis) and kpi in (:stocks) and month <= :to%1$s
            order by tenant_id, kpi, dimension, month desc)""";

    /** The totals only, no dimension. */
    static final String TOTALS_ONLY = " and dimension = ''";

    /** One municipality's. */
    static final String OF_TENANT = " and tenant_id = :tenant";

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
        List<Sum> sums = sums(null, region.id(), definitions.all(), false, period);
        return new RegionPage(municipalities(tenants, region, period,
                sums.stream().filter(sum -> sum.dimension().equals(Figure.TOTAL)).toList()),
                instruments(region.id(), region.name(), period, sums));
    }

    /** Every KPI per municipality, and the total of all municipalities read. */
    FigureMatrix municipalities(List<Tenant> tenants, Region region, ReportingPeriod period) {
        return municipalities(tenants, region, period, sums(null, region.id(), definitions.all(), true, period));
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
     * The KPIs kept per instrument, one row per instrument, of one municipality or (null) all it sees in the region.
     */
    FigureMatrix instruments(@Nullable String tenant, String region, String totalKey, String totalLabel,
                             ReportingPeriod period) {
        return instruments(totalKey, totalLabel, period, sums(tenant, region, definitions.byInstrument(), false, period));
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

    /** {@link #SUMS} of one municipality or (null) of every one of the region; every dimension or the totals only. */
    private List<Sum> sums(@Nullable String tenant, String region, List<KpiDefinition> kpis, boolean totalsOnly,
                           ReportingPeriod period) {
        String condition = (totalsOnly ? TOTALS_ONLY : "") + (tenant == null ? "" : OF_TENANT);
        var statement = jdbc.sql(SUMS.formatted(condition)).param("region", region)
                .param("kpis", kpis.stream().map(KpiDefinition::id).toList())
                .param("from", Date.valueOf(period.from().atDay(1))).param("to", Date.valueOf(period.to().atDay(1)))
                .param("stocks", stocks());
        return (tenant == null ? statement : statement.param("tenant", tenant))
                .query((rs, row) -> new Sum(rs.getString("tenant_id"), rs.getString("kpi"), rs.getString("dimension"),
                        rs.getInt("cases"), rs.getInt("numerator"), rs.getBigDecimal("amount"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
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
