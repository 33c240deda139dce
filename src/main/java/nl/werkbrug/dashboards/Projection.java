package nl.werkbrug.dashboards;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the dashboards' facts and the figures projected from them, in the active municipality (row-level security
 * keeps both to it). A fact is kept once however often its event arrives; the figures are recomputed from all the
 * municipality's facts, so they never drift, and a rebuild gives exactly what the live projection gives.
 */
@Component
class Projection {

    private final JdbcClient jdbc;
    private final Clock clock;

    Projection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the fact and, when it is new, recomputes the municipality's figures. Returns whether it was new. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean record(String tenant, String region, Fact fact) {
        int inserted = jdbc.sql("""
                        insert into dashboard_fact (tenant_id, region_id, fact_key, kind, subject, occurred_on, code,
                            detail, amount, rung_from, rung_to, flag, recorded_at)
                        values (:tenant, :region, :key, :kind, :subject, :on, :code, :detail, :amount, :from, :to,
                            :flag, :now)
                        on conflict (tenant_id, fact_key) do nothing""")
                .param("tenant", tenant).param("region", region).param("key", fact.key())
                .param("kind", fact.kind().name()).param("subject", fact.subject())
                .param("on", Date.valueOf(fact.occurredOn())).param("code", fact.code())
                .param("detail", fact.detail()).param("amount", fact.amount()).param("from", fact.rungFrom())
                .param("to", fact.rungTo()).param("flag", fact.flag()).param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted > 0) {
            recompute(tenant, region);
        }
        return inserted > 0;
    }

    /** Recomputes all figures of the municipality from its facts. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(String tenant, String region) {
        // One recomputation per municipality at a time: listeners of two events run concurrently.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:lock))").param("lock", "dashboards:" + tenant)
                .query((rs, row) -> 1).list();
        List<Fact> facts = jdbc.sql("""
                        select fact_key, kind, subject, occurred_on, code, detail, amount, rung_from, rung_to, flag
                        from dashboard_fact where tenant_id = :tenant order by occurred_on, fact_key""")
                .param("tenant", tenant).query(Projection::fact).list();
        List<Figure> figures = KpiCalculator.compute(facts, YearMonth.now(clock));
        jdbc.sql("delete from dashboard_figure where tenant_id = :tenant").param("tenant", tenant).update();
        Timestamp now = Timestamp.from(clock.instant());
        for (Figure figure : figures) {
            jdbc.sql("""
                            insert into dashboard_figure (tenant_id, region_id, kpi, month, dimension, cases, numerator,
                                amount, updated_at)
                            values (:tenant, :region, :kpi, :month, :dimension, :cases, :numerator, :amount, :now)""")
                    .param("tenant", tenant).param("region", region).param("kpi", figure.kpi())
                    .param("month", Date.valueOf(figure.month().atDay(1))).param("dimension", figure.dimension())
                    .param("cases", figure.cases()).param("numerator", figure.numerator())
                    .param("amount", figure.amount()).param("now", now).update();
        }
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        return new Fact(rs.getString("fact_key"), Fact.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("code"), rs.getString("detail"),
                rs.getBigDecimal("amount"), (Integer) rs.getObject("rung_from", Integer.class),
                (Integer) rs.getObject("rung_to", Integer.class), (Boolean) rs.getObject("flag", Boolean.class));
    }
}
