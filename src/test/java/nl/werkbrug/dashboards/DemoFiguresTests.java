package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo starts with honest figures: its bulk-imported caseloads publish no events, so the import records the facts
 * of what it brought (ladder rungs, instruments deployed, outflow), dated by the imported entries' own days, and the
 * coordinator's dashboard is not empty on first start. Enschede, one of the demo's municipalities.
 */
@IntegrationTest
class DemoFiguresTests {

    private static final String TENANT = "enschede";

    @Autowired
    Projection projection;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    /** Every figure but the pool size (the demo records no pool facts; its months run up to the clock's). */
    private Map<String, String> figures() {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status -> jdbc.sql("""
                        select kpi, month, dimension, cases, numerator, amount from dashboard_figure
                        where kpi <> 'pool-omvang'""")
                .query((rs, row) -> Map.entry(rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3),
                        rs.getInt(4) + "|" + rs.getObject(5) + "|" + rs.getBigDecimal(6)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    private long count(String sql) {
        return TenantContext.callAs(TENANT, () -> transaction.execute(status ->
                jdbc.sql(sql).query(Long.class).single()));
    }

    @Test
    void the_demo_s_caseloads_give_figures_from_their_own_entries_and_a_rebuild_gives_the_same() {
        // the facts are the demo files' own entries, counted here from the files themselves
        assertThat(count("""
                select count(*) from dashboard_fact d join candidate_file f on d.subject = cast(f.id as varchar)
                where d.kind = 'OUTFLOW' and d.code = 'WERK' and f.file_number like 'DEMO%'""")).isEqualTo(count("""
                select count(*) from candidate_file where file_number like 'DEMO%' and outflow_reason = 'WERK'"""))
                .isPositive();
        assertThat(count("""
                select count(*) from dashboard_fact d join candidate_file f on d.subject = cast(f.id as varchar)
                where d.kind = 'RUNG_RECORDED' and f.file_number like 'DEMO%'""")).isEqualTo(count("""
                select count(*) from candidate_ladder_step s join candidate_file f on f.id = s.file_id
                where f.file_number like 'DEMO%'""")).isPositive();
        assertThat(count("""
                select count(*) from dashboard_fact d join candidate_file f on d.subject = cast(f.id as varchar)
                where d.kind = 'TRAJECTORY_STARTED' and f.file_number like 'DEMO%'""")).isEqualTo(count("""
                select count(*) from candidate_deployment s join candidate_file f on f.id = s.file_id
                where f.file_number like 'DEMO%'""")).isPositive();
        // each fact dated by its entry: the outflow on the day the file closed
        assertThat(count("""
                select count(*) from dashboard_fact d join candidate_file f on d.subject = cast(f.id as varchar)
                where d.kind = 'OUTFLOW' and f.file_number like 'DEMO%' and d.occurred_on <> f.closed_on""")).isZero();

        Map<String, String> live = figures();
        assertThat(live.keySet()).anyMatch(key -> key.startsWith("uitstroom-werk|"))
                .anyMatch(key -> key.startsWith("ladder-stijging|")).anyMatch(key -> key.startsWith("instrumentinzet|"));

        TenantContext.runAs(TENANT, () -> transaction.executeWithoutResult(status ->
                projection.recompute(TENANT, "twente")));
        assertThat(figures()).isEqualTo(live);
    }
}
