package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.pool.Audience;
import nl.werkbrug.pool.PoolEvent;
import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.subsidies.SubsidyEvent;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running totals the regional tables read ({@code dashboard_running}): a period's value is the total of its last
 * month minus that of the month before it, a stock the last month's. Hof van Twente in 2004 and 2005 (no other test
 * writes those years of it), facts through the listener's mapping and the projector in the real database, read back
 * through the reader and the service; the values worked out by hand below.
 */
@IntegrationTest
class RunningTotalsTests {

    private static final String TENANT = "hof-van-twente";
    private static final String REGION = "twente";
    private static final String LKS = "LOONKOSTENSUBSIDIE";
    private static final String COACH = "JOBCOACHING";

    @Autowired
    Projector projector;

    @Autowired
    FigureReader reader;

    @Autowired
    Dashboards dashboards;

    @Autowired
    TenantDirectory directory;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final UUID p1 = UUID.fromString("00000000-0000-0000-0000-000000000b01");
    private final UUID p2 = UUID.fromString("00000000-0000-0000-0000-000000000b02");
    private final UUID p3 = UUID.fromString("00000000-0000-0000-0000-000000000b03");

    private static final ReportingPeriod MARCH_TO_MAY = period(2005, 3, 2005, 5);
    private static final ReportingPeriod YEAR = ReportingPeriod.year(2005);
    private static final ReportingPeriod APRIL = ReportingPeriod.month(YearMonth.of(2005, 4));
    private static final ReportingPeriod NOVEMBER_TO_JANUARY = period(2004, 11, 2005, 1);
    private static final ReportingPeriod JANUARY_TO_FEBRUARY = period(2005, 1, 2005, 2);
    private static final ReportingPeriod JULY_TO_SEPTEMBER = period(2005, 7, 2005, 9);

    @Test
    void a_late_fact_for_an_old_month_moves_every_later_total_and_a_rebuild_gives_the_same_figures() {
        clock.setTo(LocalDateTime.of(2005, 6, 15, 10, 0).atZone(DutchTime.ZONE).toInstant());
        // in their own months: P1 joins the pool in January, P2 in February, P3 in April, P1 leaves in May;
        // requests R1 (loonkostensubsidie, February), R2 (loonkostensubsidie, March), R3 (jobcoaching, May);
        // outflow to work F1 in March, F2 in May
        record(List.of(
                Map.entry("2005-01-10", new PoolEvent.ConsentGiven(7201, p1, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true)),
                Map.entry("2005-02-05", new PoolEvent.ConsentGiven(7202, p2, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true)),
                Map.entry("2005-02-02", new SubsidyEvent.SubsidyRequestSubmitted(7301, TENANT, REGION, 1, "w", LKS, "P8W")),
                Map.entry("2005-03-03", new SubsidyEvent.SubsidyRequestSubmitted(7302, TENANT, REGION, 1, "w", LKS, "P8W")),
                Map.entry("2005-03-10", new CandidateEvent.OutflowRecorded(7401, TENANT, REGION, "c", OutflowReason.WERK)),
                Map.entry("2005-04-01", new PoolEvent.ConsentGiven(7203, p3, TENANT, REGION, "c", Audience.REGION_CONSULTANTS, true)),
                Map.entry("2005-05-03", new PoolEvent.ProfileLeft(7201, p1, TENANT, REGION, "c")),
                Map.entry("2005-05-04", new SubsidyEvent.SubsidyRequestSubmitted(7303, TENANT, REGION, 1, "w", COACH, "P4W")),
                Map.entry("2005-05-12", new CandidateEvent.OutflowRecorded(7402, TENANT, REGION, "c", OutflowReason.WERK))));

        // pool at the end of each month: Jan 1, Feb 2, Mar 2, Apr 3, May 2, Jun 2 (and on, no fact after June)
        // March to May: requests R2 + R3 = 2, outflow F1 + F2 = 2, pool at the end of May 2
        assertThat(values(MARCH_TO_MAY)).isEqualTo("aanvragen=2 uitstroom-werk=2 pool-omvang=2");
        // 2005 (up to December, no fact after June): R1 + R2 + R3 = 3, outflow 2, pool as in June 2
        assertThat(values(YEAR)).isEqualTo("aanvragen=3 uitstroom-werk=2 pool-omvang=2");
        // April: no request, no outflow (empty, not 0), pool 3
        assertThat(values(APRIL)).isEqualTo("aanvragen=- uitstroom-werk=- pool-omvang=3");
        // July to September, after today's month (the totals run to June): nothing flows, the pool stays at June's 2
        assertThat(values(JULY_TO_SEPTEMBER)).isEqualTo("aanvragen=- uitstroom-werk=- pool-omvang=2");

        // late: R4 (loonkostensubsidie) submitted in January, P2 left in February, F3 to work in November 2004 (a month
        // before the municipality's first total of the KPI)
        record(List.of(
                Map.entry("2005-01-20", new SubsidyEvent.SubsidyRequestSubmitted(7304, TENANT, REGION, 1, "w", LKS, "P8W")),
                Map.entry("2005-02-20", new PoolEvent.ProfileLeft(7202, p2, TENANT, REGION, "c")),
                Map.entry("2004-11-15", new CandidateEvent.OutflowRecorded(7403, TENANT, REGION, "c", OutflowReason.WERK))));

        // pool now: Jan 1, Feb 1 (P1 and P2 in, P2 out), Mar 1, Apr 2, May 1, Jun 1
        Map<ReportingPeriod, String> expected = Map.of(
                MARCH_TO_MAY, "aanvragen=2 uitstroom-werk=2 pool-omvang=1",      // flows unchanged, the pool one less
                YEAR, "aanvragen=4 uitstroom-werk=2 pool-omvang=1",              // R4 counts; F3 is 2004's
                APRIL, "aanvragen=- uitstroom-werk=- pool-omvang=2",
                NOVEMBER_TO_JANUARY, "aanvragen=1 uitstroom-werk=1 pool-omvang=1", // R4, F3; the pool in January
                JANUARY_TO_FEBRUARY, "aanvragen=2 uitstroom-werk=- pool-omvang=1", // R4, R1
                JULY_TO_SEPTEMBER, "aanvragen=- uitstroom-werk=- pool-omvang=1");
        expected.forEach((period, values) -> assertThat(values(period)).as(period.toString()).isEqualTo(values));
        // the municipality's own table per instrument, through the service: 2005's requests R1, R2, R4 and R3
        assertThat(ownRequestsPerInstrument(YEAR)).isEqualTo(Map.of(TENANT, "4", LKS, "3", COACH, "1"));
        Map<String, String> live = running();
        // the page's rows, a month each, hold the same totals
        assertThat(runningPerMonth()).isEqualTo(live);

        TestUsers.as(TestUsers.withTenantRole("beheer.hof-van-twente.test", TENANT, TenantRole.TENANT_ADMIN), TENANT, () -> {
            dashboards.rebuild();
            return null;
        });

        expected.forEach((period, values) -> assertThat(values(period)).as(period.toString()).isEqualTo(values));
        assertThat(ownRequestsPerInstrument(YEAR)).isEqualTo(Map.of(TENANT, "4", LKS, "3", COACH, "1"));
        assertThat(running()).isEqualTo(live);
        assertThat(runningPerMonth()).isEqualTo(live);
        // by hand, a few of the totals themselves: requests run from January (none before: no row in December
        // 2004) 1, Feb 2, Mar 3, Apr 3, May 4, Jun 4; outflow from November 2004 1, Dec 1, ..., Mar 2, May 3; the pool
        // is the month's stock; every total runs to June, today's month, and no further
        assertThat(live).containsEntry("aanvragen|2005-01|", "1|0|null").containsEntry("aanvragen|2005-04|", "3|0|null")
                .containsEntry("aanvragen|2005-06|", "4|0|null").containsEntry("aanvragen|2005-06|" + LKS, "3|0|null")
                .containsEntry("uitstroom-werk|2004-12|", "1|0|null").containsEntry("uitstroom-werk|2005-05|", "3|0|null")
                .containsEntry("pool-omvang|2005-04|", "2|0|null").containsEntry("pool-omvang|2005-06|", "1|0|null")
                .doesNotContainKey("aanvragen|2004-12|").doesNotContainKey("aanvragen|2005-07|");
    }

    private static ReportingPeriod period(int fromYear, int fromMonth, int toYear, int toMonth) {
        return new ReportingPeriod(YearMonth.of(fromYear, fromMonth), YearMonth.of(toYear, toMonth),
                ReportingPeriod.Kind.LAST_TWELVE_MONTHS);
    }

    /** Keeps the facts of these events, each on its day, and projects them, as the listener and the projector do. */
    private void record(List<Map.Entry<String, Object>> events) {
        for (Map.Entry<String, Object> entry : events) {
            DashboardListener.factOf(entry.getValue(), LocalDate.parse(entry.getKey())).ifPresent(fact ->
                    TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status ->
                            projector.record(TENANT, REGION, fact))));
        }
        projector.catchUp(TENANT);
    }

    /** Requests, outflow to work and pool size of the period, as the municipality reads its own running totals. */
    private String values(ReportingPeriod period) {
        FigureMatrix table = TenantContext.callAs(TENANT, () -> transaction.execute(status ->
                reader.municipalities(List.of(directory.require(TENANT)), directory.region(), period)));
        return List.of("aanvragen", "uitstroom-werk", "pool-omvang").stream()
                .map(kpi -> kpi + "=" + value(table, kpi)).collect(Collectors.joining(" "));
    }

    private static String value(FigureMatrix table, String kpi) {
        int column = table.kpis().stream().map(KpiDefinition::id).toList().indexOf(kpi);
        Cell cell = table.rows().getFirst().cells().get(column);
        return cell.value() == null ? "-" : cell.value().toPlainString();
    }

    /** The requests of the period per instrument and in total, through the service as a consultant of the municipality. */
    private Map<String, String> ownRequestsPerInstrument(ReportingPeriod period) {
        FigureMatrix table = TestUsers.as(TestUsers.consultant("consulent.hof-van-twente.test", TENANT), TENANT,
                () -> dashboards.ownInstruments(period));
        return java.util.stream.Stream.concat(table.rows().stream(), java.util.stream.Stream.of(table.total()))
                .collect(Collectors.toMap(FigureMatrix.Row::key, row -> value(table, row, "aanvragen")));
    }

    private static String value(FigureMatrix table, FigureMatrix.Row row, String kpi) {
        Cell cell = row.cells().get(table.kpis().stream().map(KpiDefinition::id).toList().indexOf(kpi));
        return cell.value() == null ? "-" : cell.value().toPlainString();
    }

    /** The same from the rows of a month each ({@code dashboard_running_month}, the regional page's read). */
    private Map<String, String> runningPerMonth() {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql("""
                        select u.kpi, r.month, u.dimension, u.cases, u.numerator, u.amount from dashboard_running_month r,
                            unnest(r.kpis, r.dimensions, r.cases, r.numerators, r.amounts)
                                as u(kpi, dimension, cases, numerator, amount)
                        where r.month >= date '2004-01-01' and r.month < date '2006-01-01'""")
                .query((rs, row) -> Map.entry(rs.getString(1) + "|" + YearMonth.from(rs.getDate(2).toLocalDate()) + "|"
                        + rs.getString(3), rs.getInt(4) + "|" + rs.getInt(5) + "|" + rs.getBigDecimal(6)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /** The municipality's running totals of 2004 and 2005: KPI|month|dimension to cases|numerator|amount. */
    private Map<String, String> running() {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql("""
                        select kpi, month, dimension, cases, numerator, amount from dashboard_running
                        where month >= date '2004-01-01' and month < date '2006-01-01'""")
                .query((rs, row) -> Map.entry(rs.getString(1) + "|" + YearMonth.from(rs.getDate(2).toLocalDate()) + "|"
                        + rs.getString(3), rs.getInt(4) + "|" + rs.getInt(5) + "|" + rs.getBigDecimal(6)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }
}
