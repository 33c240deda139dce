package nl.werkbrug.dashboards;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.TenantEvent;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the dashboards benchmark ({@code nl.werkbrug.bench.DashboardBenchmark}, test code only): a municipality's
 * figures computed from its facts by {@link KpiCalculator} (the rebuild's formula) as COPY text for
 * {@code dashboard_figure}, read over a connection of the owner role, for municipalities of regions this portal does
 * not serve (the portal's own transactions are Twente's).
 */
public final class BenchFigures {

    private BenchFigures() {
    }

    /**
     * The listener's part alone, without the event publication registry and the other listeners: each event's fact
     * appended (kept and marked pending) in a transaction of its own in its municipality, as the listener does, but
     * without waking the projector. Returns facts/s.
     */
    public static double appendDirectly(ApplicationContext context, List<? extends TenantEvent> events, LocalDate day) {
        Projection projection = context.getBean(Projection.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        long started = System.nanoTime();
        for (TenantEvent event : events) {
            DashboardListener.factOf(event, day).ifPresent(fact -> TenantContext.runAs(event.tenantId(), () ->
                    transaction.executeWithoutResult(status -> projection.append(event.tenantId(), "twente", fact))));
        }
        return events.size() / ((System.nanoTime() - started) / 1e9);
    }

    /** The projector alone: every pending fact of these municipalities projected, in batches. Returns facts/s. */
    public static double projectPending(ApplicationContext context, List<String> tenants) {
        Projector projector = context.getBean(Projector.class);
        long started = System.nanoTime();
        int facts = tenants.stream().mapToInt(projector::catchUp).sum();
        return facts / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * The plan of the figure read behind {@link Dashboards#regionPage} ({@link FigureReader#BOUNDARIES}: two rows of
     * running totals per municipality) in the caller's transaction and context (the coordinator's, under row-level
     * security).
     */
    public static List<String> explainRegionRead(ApplicationContext context, ReportingPeriod period) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("explain (analyze, buffers, costs off, timing off) " + FigureReader.BOUNDARIES)
                .params(sumsRead(context, period).params()).query(String.class).list();
    }

    /** The page's read ({@link FigureReader#BOUNDARIES}: the region's municipalities) with its parameters. */
    private static SumsRead sumsRead(ApplicationContext context, ReportingPeriod period) {
        nl.werkbrug.tenancy.TenantDirectory directory = context.getBean(nl.werkbrug.tenancy.TenantDirectory.class);
        return new SumsRead(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                FigureReader.params(
                        directory.tenants().stream().map(nl.werkbrug.tenancy.Tenant::id).toArray(String[]::new),
                        directory.region().id(), period));
    }

    private record SumsRead(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.util.Map<String, Object> params) {
        org.springframework.jdbc.core.simple.JdbcClient.ResultQuerySpec query() {
            return jdbc.sql(FigureReader.BOUNDARIES).params(params).query();
        }
    }

    /**
     * The parts of the coordinator's page, each as work to time in the caller's context (the coordinator's): an empty
     * read-only transaction (begin with its row-level security settings, commit); the figure read alone; the read with
     * the row mapping and both matrices; the small-cell rule alone on built matrices; the whole service call; and the
     * two calls the page made before. Keys name the parts.
     */
    public static java.util.Map<String, java.util.function.Supplier<Object>> parts(ApplicationContext context,
                                                                                 ReportingPeriod period) {
        TransactionTemplate readOnly = new TransactionTemplate(context.getBean(
                org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        FigureReader reader = context.getBean(FigureReader.class);
        nl.werkbrug.tenancy.TenantDirectory directory = context.getBean(nl.werkbrug.tenancy.TenantDirectory.class);
        java.util.Map<String, java.util.function.Supplier<Object>> parts = new java.util.LinkedHashMap<>();
        parts.put("an empty read-only transaction (begin with the RLS settings, commit)",
                () -> readOnly.execute(status -> 1));
        parts.put("the transaction and the page's figure read (SQL, rows fetched)", () -> readOnly.execute(
                status -> sumsRead(context, period).query().listOfRows()));
        parts.put("the transaction, the read and both matrices (FigureReader.regionPage)", () -> readOnly.execute(
                status -> reader.regionPage(directory.tenants(), directory.region(), period)));
        RegionPage page = readOnly.execute(status -> reader.regionPage(directory.tenants(), directory.region(), period));
        parts.put("the small-cell rule on both tables", () -> List.of(page.municipalities().withSuppression(),
                page.instruments().withSuppression()));
        Dashboards dashboards = context.getBean(Dashboards.class);
        parts.put("**Dashboards.regionPage: the whole page** (method security, transaction, read, matrices, small cells)",
                () -> dashboards.regionPage(period));
        parts.put("before: Dashboards.region + Dashboards.regionInstruments (two calls, two transactions, two reads)",
                () -> List.of(dashboards.region(period), dashboards.regionInstruments(period)));
        return parts;
    }

    /** The statement that writes the month rows of the running totals of the municipalities in the array {@code ?}. */
    public static String packMonths() {
        return Projection.PACK_MONTHS.formatted("tenant_id = any(?)");
    }

    /** How many facts of the municipality are still waiting for the projector. */
    public static long pending(ApplicationContext context, String tenant) {
        return TenantContext.callAs(tenant, () -> context.getBean(TransactionTemplate.class).execute(status ->
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select count(*) from dashboard_pending").query(Long.class).single()));
    }

    /**
     * The figures of {@code tenant} ({@code figures()}) and their running totals ({@code running()}) as tab-separated
     * COPY lines, for {@code dashboard_figure} and {@code dashboard_running}.
     */
    public record CopyLines(String figures, String running) {
    }

    /** The figures of {@code tenant} and their running totals, computed as the rebuild does, as COPY lines. */
    public static CopyLines copyLines(Connection owner, String tenant, String region, YearMonth current, String now)
            throws SQLException {
        List<Fact> facts = new ArrayList<>();
        try (PreparedStatement read = owner.prepareStatement("select fact_key, kind, subject, occurred_on, code, "
                + "detail, amount, rung_from, rung_to, flag from dashboard_fact where tenant_id = ?")) {
            read.setString(1, tenant);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    facts.add(new Fact(rs.getString(1), Fact.Kind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                            (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
                            (Boolean) rs.getObject(10, Boolean.class)));
                }
            }
        }
        List<Figure> figures = KpiCalculator.compute(facts, current);
        StringBuilder lines = new StringBuilder();
        for (Figure figure : figures) {
            lines.append(tenant).append('\t').append(region).append('\t').append(figure.kpi()).append('\t')
                    .append(figure.month().atDay(1)).append('\t').append(figure.dimension()).append('\t')
                    .append(figure.cases()).append('\t')
                    .append(figure.numerator() == null ? "\\N" : figure.numerator()).append('\t')
                    .append(figure.amount() == null ? "\\N" : figure.amount().toPlainString()).append('\t')
                    .append(now).append('\n');
        }
        StringBuilder running = new StringBuilder();
        figures.stream().map(Figure::month).min(YearMonth::compareTo).ifPresent(first -> {
            for (RunningTotals.Running row : RunningTotals.of(List.of(), figures, first,
                    RunningTotals.until(current, null, figures))) {
                running.append(tenant).append('\t').append(region).append('\t').append(row.month().atDay(1))
                        .append('\t').append(row.kpi()).append('\t').append(row.dimension()).append('\t')
                        .append(row.cases()).append('\t').append(row.numerator()).append('\t')
                        .append(row.amount() == null ? "\\N" : row.amount().toPlainString()).append('\t')
                        .append(now).append('\n');
            }
        });
        return new CopyLines(lines.toString(), running.toString());
    }
}
