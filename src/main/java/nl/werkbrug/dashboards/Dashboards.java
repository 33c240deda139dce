package nl.werkbrug.dashboards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.werkbrug.dashboards.FigureMatrix.Row;
import nl.werkbrug.dashboards.FigureMatrix.RowKind;
import nl.werkbrug.dashboards.KpiDefinition.Measure;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboards, read from the projection. The regional coordinator reads aggregates of the region
 * (row-level security lets a regional context read every municipality's figures, never their facts) with the
 * small-cell rule applied before anything leaves this service; a municipality's own staff read their own
 * municipality's figures in full, and another municipality's not at all.
 */
@Service
public class Dashboards {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KpiDefinitions definitions;
    private final TenantDirectory directory;
    private final CurrentTenant currentTenant;
    private final Projection projection;

    Dashboards(JdbcClient jdbc, Clock clock, KpiDefinitions definitions, TenantDirectory directory,
               CurrentTenant currentTenant, Projection projection) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.definitions = definitions;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.projection = projection;
    }

    /** The KPI definitions, for the definitions page. */
    @PreAuthorize("isAuthenticated()")
    public List<KpiDefinition> definitions() {
        return definitions.all();
    }

    /** The periods to choose from today. */
    public List<ReportingPeriod> periods() {
        return ReportingPeriod.choices(LocalDate.now(clock));
    }

    /** Every KPI per municipality of the region, with the region's total; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix region(ReportingPeriod period) {
        List<Stored> figures = read(null, period.to());
        List<Row> rows = directory.tenants().stream().sorted(Comparator.comparing(Tenant::shortName))
                .map(tenant -> row(tenant.id(), tenant.shortName(), definitions.all(), figures,
                        tenant.id()::equals, period.from(), period.to(), Figure.TOTAL)).toList();
        Row total = row(directory.region().id(), directory.region().name(), definitions.all(), figures,
                tenant -> true, period.from(), period.to(), Figure.TOTAL);
        return new FigureMatrix(RowKind.MUNICIPALITY, definitions.all(), rows, total, period, peildatum(figures), false)
                .withSuppression();
    }

    /**
     * The region's figures per municipality as open data: exactly what the coordinator's table shows after the
     * small-cell rule, for anyone, without login. It calls {@link #region} on this object itself, past the role
     * check of the proxy, on purpose: the figures are suppressed aggregates, and row-level security still lets a
     * request without a municipality read only the region's figures.
     */
    @Transactional(readOnly = true)
    public FigureMatrix openData(ReportingPeriod period) {
        return region(period);
    }

    /** The coordinator's drill-down: one municipality of the region month by month; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix municipality(String tenantId, ReportingPeriod period) {
        Tenant tenant = directory.find(tenantId).orElseThrow(() -> new IllegalArgumentException("No such municipality"));
        return months(tenant, read(tenant.id(), period.to()), period).withSuppression();
    }

    /** The region's figures per instrument; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix regionInstruments(ReportingPeriod period) {
        return instruments(read(null, period.to()), period, directory.region().id(), directory.region().name())
                .withSuppression();
    }

    /** The active municipality's own figures month by month, in full (exports apply the small-cell rule). */
    @PreAuthorize("@tenantAccess.has('CONSULTANT', 'TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public FigureMatrix own(ReportingPeriod period) {
        Tenant tenant = directory.require(currentTenant.require());
        return months(tenant, read(tenant.id(), period.to()), period);
    }

    /** The active municipality's own figures per instrument, in full. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT', 'TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public FigureMatrix ownInstruments(ReportingPeriod period) {
        Tenant tenant = directory.require(currentTenant.require());
        return instruments(read(tenant.id(), period.to()), period, tenant.id(), tenant.shortName());
    }

    /**
     * Rebuilds the active municipality's figures from the dashboards' history of facts (the event registry deletes
     * what it delivered, so the facts are the history). Gives exactly what the live projection gives.
     */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public void rebuild() {
        Tenant tenant = directory.require(currentTenant.require());
        projection.recompute(tenant.id(), tenant.regionId());
    }

    private FigureMatrix months(Tenant tenant, List<Stored> figures, ReportingPeriod period) {
        List<Row> rows = period.months().stream().map(month -> row(month.toString(), month.toString(),
                definitions.all(), figures, tenant.id()::equals, month, month, Figure.TOTAL)).toList();
        Row total = row(tenant.id(), tenant.shortName(), definitions.all(), figures, tenant.id()::equals,
                period.from(), period.to(), Figure.TOTAL);
        return new FigureMatrix(RowKind.MONTH, definitions.all(), rows, total, period, peildatum(figures), false);
    }

    private FigureMatrix instruments(List<Stored> figures, ReportingPeriod period, String totalKey, String totalLabel) {
        List<KpiDefinition> kpis = definitions.byInstrument();
        Set<String> kpiIds = Set.copyOf(kpis.stream().map(KpiDefinition::id).toList());
        Set<String> codes = new TreeSet<>();
        figures.stream().filter(stored -> kpiIds.contains(stored.figure().kpi())
                        && period.contains(stored.figure().month()) && !stored.figure().dimension().isEmpty())
                .forEach(stored -> codes.add(stored.figure().dimension()));
        List<Row> rows = codes.stream().map(code -> row(code, code, kpis, figures, tenant -> true, period.from(),
                period.to(), code)).toList();
        Row total = row(totalKey, totalLabel, kpis, figures, tenant -> true, period.from(), period.to(), Figure.TOTAL);
        return new FigureMatrix(RowKind.INSTRUMENT, kpis, rows, total, period, peildatum(figures), false);
    }

    private static Row row(String key, String label, List<KpiDefinition> kpis, List<Stored> figures,
                           Predicate<String> tenants, YearMonth from, YearMonth to, String dimension) {
        // one pass over the figures per row, not one per cell: a region's five years are thousands of figures
        Map<String, List<Stored>> byKpi = figures.stream().filter(stored -> stored.figure().dimension().equals(dimension)
                        && tenants.test(stored.tenant()) && !stored.figure().month().isAfter(to))
                .collect(Collectors.groupingBy(stored -> stored.figure().kpi()));
        return new Row(key, label, kpis.stream().map(kpi -> cell(kpi, byKpi.getOrDefault(kpi.id(), List.of()), tenants,
                from, to, dimension)).toList());
    }

    /** A KPI over the months from {@code from} to {@code to} for the municipalities {@code tenants} accepts. */
    static Cell cell(KpiDefinition kpi, List<Stored> figures, Predicate<String> tenants, YearMonth from, YearMonth to,
                     String dimension) {
        List<Stored> matching = figures.stream().filter(stored -> stored.figure().kpi().equals(kpi.id())
                && stored.figure().dimension().equals(dimension) && tenants.test(stored.tenant())).toList();
        if (kpi.measure() == Measure.STOCK) {
            // each municipality's number at the end of the period: its last month up to then
            int stock = matching.stream().filter(stored -> !stored.figure().month().isAfter(to))
                    .collect(Collectors.toMap(Stored::tenant, stored -> stored,
                            (a, b) -> a.figure().month().isAfter(b.figure().month()) ? a : b))
                    .values().stream().mapToInt(stored -> stored.figure().cases()).sum();
            return Cell.of(Measure.STOCK, stock, 0, null);
        }
        int cases = 0;
        int numerator = 0;
        BigDecimal amount = null;
        for (Stored stored : matching) {
            Figure figure = stored.figure();
            if (figure.month().isBefore(from) || figure.month().isAfter(to)) {
                continue;
            }
            cases += figure.cases();
            numerator += Objects.requireNonNullElse(figure.numerator(), 0);
            if (figure.amount() != null) {
                amount = amount == null ? figure.amount() : amount.add(figure.amount());
            }
        }
        return Cell.of(kpi.measure(), cases, numerator, KpiCalculator.shown(kpi.id(), amount));
    }

    private LocalDate peildatum(List<Stored> figures) {
        return figures.stream().map(Stored::updatedAt).max(Comparator.naturalOrder())
                .map(moment -> LocalDate.ofInstant(moment, DutchTime.ZONE)).orElse(LocalDate.now(clock));
    }

    /** The figures up to {@code to} of one municipality, or (null) of every municipality row-level security shows. */
    private List<Stored> read(@Nullable String tenant, YearMonth to) {
        return jdbc.sql("""
                        select tenant_id, kpi, month, dimension, cases, numerator, amount, updated_at
                        from dashboard_figure
                        where month <= :to and (cast(:tenant as varchar) is null or tenant_id = :tenant)""")
                .param("to", java.sql.Date.valueOf(to.atDay(1))).param("tenant", tenant)
                .query((rs, row) -> new Stored(rs.getString("tenant_id"), new Figure(rs.getString("kpi"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("dimension"),
                        rs.getInt("cases"), (Integer) rs.getObject("numerator", Integer.class),
                        rs.getBigDecimal("amount")), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** A figure as stored, with its municipality and when it was computed. */
    record Stored(String tenant, Figure figure, Instant updatedAt) {
    }
}
