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
     * The plan of the figure read behind {@link Dashboards#regionPage} ({@link FigureReader#SUMS}: every KPI and dimension)
     * in the caller's transaction and context (the coordinator's, under row-level security).
     */
    public static List<String> explainRegionRead(ApplicationContext context, ReportingPeriod period) {
        String region = context.getBean(nl.werkbrug.tenancy.TenantDirectory.class).region().id();
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("explain (analyze, buffers, costs off, timing off) " + FigureReader.SUMS.formatted(""))
                .params(sumsRead(context, period, region).params()).query(String.class).list();
    }

    /** The page's read ({@link FigureReader#SUMS}: every KPI and dimension of the region) with its parameters. */
    private static SumsRead sumsRead(ApplicationContext context, ReportingPeriod period, String region) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("region", region);
        params.put("kpis", context.getBean(KpiDefinitions.class).all().stream().map(KpiDefinition::id).toList());
        params.put("from", java.sql.Date.valueOf(period.from().atDay(1)));
        params.put("to", java.sql.Date.valueOf(period.to().atDay(1)));
        params.put("stocks", context.getBean(FigureReader.class).stocks());
        return new SumsRead(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class), params);
    }

    private record SumsRead(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.util.Map<String, Object> params) {
        org.springframework.jdbc.core.simple.JdbcClient.ResultQuerySpec query() {
            return jdbc.sql(FigureReader.SUMS.formatted("")).params(params).query();
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
        String region = directory.region().id();
        parts.put("the transaction and the page's figure read (SQL, rows fetched)", () -> readOnly.execute(
                status -> sumsRead(context, period, region).query().listOfRows()));
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

    /** How many facts of the municipality are still waiting for the projector. */
    public static long pending(ApplicationContext context, String tenant) {
        return TenantContext.callAs(tenant, () -> context.getBean(TransactionTemplate.class).execute(status ->
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select count(*) from dashboard_pending").query(Long.class).single()));
    }

    /** The figures of {@code tenant} as tab-separated COPY lines. */
    public static String copyLines(Connection owner, String tenant, String region, YearMonth current, String now)
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
        StringBuilder lines = new StringBuilder();
        for (Figure figure : KpiCalculator.compute(facts, current)) {
            lines.append(tenant).append('\t').append(region).append('\t').append(figure.kpi()).append('\t')
                    .append(figure.month().atDay(1)).append('\t').append(figure.dimension()).append('\t')
                    .append(figure.cases()).append('\t')
                    .append(figure.numerator() == null ? "\\N" : figure.numerator()).append('\t')
                    .append(figure.amount() == null ? "\\N" : figure.amount().toPlainString()).append('\t')
                    .append(now).append('\n');
        }
        return lines.toString();
    }
}
