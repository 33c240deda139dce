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
     * The plan of the figure read behind {@link Dashboards#region} ({@link FigureReader#SUMS}: every KPI, totals only)
     * in the caller's transaction and context (the coordinator's, under row-level security).
     */
    public static List<String> explainRegionRead(ApplicationContext context, ReportingPeriod period) {
        FigureReader reader = context.getBean(FigureReader.class);
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("explain (analyze, buffers, costs off, timing off) " + FigureReader.SUMS)
                .param("kpis", context.getBean(KpiDefinitions.class).all().stream().map(KpiDefinition::id).toList())
                .param("totalsOnly", true)
                .param("from", java.sql.Date.valueOf(period.from().atDay(1)))
                .param("to", java.sql.Date.valueOf(period.to().atDay(1)))
                .param("stocks", reader.stocks()).param("tenant", null).query(String.class).list();
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
