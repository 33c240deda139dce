package nl.werkbrug.dashboards;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the dashboards' facts and the figures projected from them, in the active municipality (row-level security
 * keeps both to it). A fact is kept once however often its event arrives, and a new one is marked pending
 * ({@link #append}, one statement). {@link #project} takes a batch of the municipality's pending facts and recomputes
 * each cell they touch once, from its facts, with {@link KpiCalculator} (the one definition of every formula): their
 * KPIs in their months, the months of the facts that read them by subject (a decision whose request's submission
 * arrives), and for the pool size the earliest month and every month after it. {@link #recompute} recomputes the
 * municipality from all its facts (the rebuild); both give the same figures, whatever the order in which the facts
 * arrived and however they were batched.
 */
@Component
class Projection {

    private static final String FACT_COLUMNS =
            "fact_key, kind, subject, occurred_on, code, detail, amount, rung_from, rung_to, flag ";

    private static final String INSERT_FACT = """
            insert into dashboard_fact (tenant_id, region_id, fact_key, kind, subject, occurred_on, code, detail, amount,
                rung_from, rung_to, flag, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, fact_key) do nothing""";

    /**
     * Keeps the fact and, only when it is new, marks it pending for the projector, in one statement (a resubmitted
     * event changes nothing).
     */
    private static final String APPEND = """
            with fact as (
                insert into dashboard_fact (tenant_id, region_id, fact_key, kind, subject, occurred_on, code, detail,
                    amount, rung_from, rung_to, flag, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, fact_key) do nothing
                returning tenant_id, region_id, fact_key)
            insert into dashboard_pending (tenant_id, region_id, fact_key) select tenant_id, region_id, fact_key from fact""";

    /** A KPI's cell of one month that a batch of facts touches. */
    private record Touched(Fact.Kind kind, YearMonth month) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    Projection(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Keeps the fact and, when it is new, marks it pending for {@link #project}. Returns whether it was new. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean append(String tenant, String region, Fact fact) {
        return batch.update(APPEND, appendArguments(tenant, region, fact, Timestamp.from(clock.instant()))) > 0;
    }

    /** The parameters of {@link #APPEND} for one fact. */
    private static Object[] appendArguments(String tenant, String region, Fact fact, Timestamp now) {
        return new Object[]{tenant, region, fact.key(), fact.kind().name(), fact.subject(),
                Date.valueOf(fact.occurredOn()), fact.code(), fact.detail(), fact.amount(), fact.rungFrom(),
                fact.rungTo(), fact.flag(), now};
    }

    /** A fact to keep, of its municipality and region. */
    record Appended(String tenant, String region, Fact fact) {
    }

    /**
     * Keeps the facts of one transaction in one batch of {@link #APPEND} statements (one round trip), each marked
     * pending only when it is new. Returns per fact whether it was new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean[] appendAll(List<Appended> facts) {
        Timestamp now = Timestamp.from(clock.instant());
        int[] counts = batch.batchUpdate(APPEND, facts.stream()
                .map(appended -> appendArguments(appended.tenant(), appended.region(), appended.fact(), now)).toList());
        boolean[] fresh = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            // the driver may report a batched statement's count as unknown: then the fact is treated as new (a
            // projection of a municipality with nothing pending is a no-op)
            fresh[i] = counts[i] != 0;
        }
        return fresh;
    }

    /**
     * Takes up to {@code max} of the municipality's pending facts (those committed by now; another node's batch is
     * skipped, not waited for) and recomputes every cell they touch, each once; the marks go in the same transaction,
     * so a batch that fails stays pending. Waits for the municipality's lock (one writer of its figures at a time).
     * Returns how many facts it took.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int project(String tenant, int max) {
        lock(tenant);
        List<String> regions = new ArrayList<>();
        List<Fact> facts = jdbc.sql("""
                        with taken as (
                            delete from dashboard_pending where tenant_id = :tenant and fact_key in (
                                select fact_key from dashboard_pending where tenant_id = :tenant
                                limit :max for update skip locked)
                            returning region_id, fact_key)
                        select taken.region_id, f.fact_key, f.kind, f.subject, f.occurred_on, f.code, f.detail,
                            f.amount, f.rung_from, f.rung_to, f.flag
                        from taken join dashboard_fact f on f.tenant_id = :tenant and f.fact_key = taken.fact_key""")
                .param("tenant", tenant).param("max", max)
                .query((rs, row) -> {
                    regions.add(rs.getString("region_id"));
                    return fact(rs, row);
                }).list();
        if (facts.isEmpty()) {
            return 0;
        }
        String region = regions.getFirst();
        Set<Touched> cells = new LinkedHashSet<>();
        YearMonth poolFrom = null;
        for (Fact fact : facts) {
            YearMonth month = YearMonth.from(fact.occurredOn());
            if (KpiCalculator.FEEDS.containsKey(fact.kind())) {
                cells.add(new Touched(fact.kind(), month));
            }
            if (KpiCalculator.POOL.contains(fact.kind()) && (poolFrom == null || month.isBefore(poolFrom))) {
                poolFrom = month;
            }
        }
        KpiCalculator.READ_BY_SUBJECT.forEach((kind, reads) -> {
            String[] subjects = facts.stream().filter(fact -> reads.contains(fact.kind())).map(Fact::subject)
                    .distinct().toArray(String[]::new);
            if (subjects.length > 0) {
                monthsOf(tenant, kind, subjects).forEach(month -> cells.add(new Touched(kind, month)));
            }
        });
        cells.forEach(cell -> refresh(tenant, region, cell.kind(), cell.month()));
        if (poolFrom != null) {
            refreshPool(tenant, region, poolFrom);
        }
        rollUp(tenant, region, cells, poolFrom);
        return facts.size();
    }

    /**
     * Keeps the facts of a bulk import (the demo's caseloads) and recomputes the municipality once from all its
     * facts. Returns how many were new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int recordAll(String tenant, String region, List<Fact> facts) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = 0;
        for (int count : batch.batchUpdate(INSERT_FACT, facts.stream().map(fact -> new Object[]{tenant, region,
                fact.key(), fact.kind().name(), fact.subject(), Date.valueOf(fact.occurredOn()), fact.code(),
                fact.detail(), fact.amount(), fact.rungFrom(), fact.rungTo(), fact.flag(), now}).toList())) {
            inserted += count > 0 ? 1 : 0;
        }
        if (inserted > 0) {
            recompute(tenant, region);
        }
        return inserted;
    }

    /**
     * Recomputes all figures of the municipality from its facts (the rebuild from history). The pending marks go
     * first: a fact committed before that is read by the recomputation, one committed after stays pending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(String tenant, String region) {
        lock(tenant);
        jdbc.sql("delete from dashboard_pending where tenant_id = :tenant").param("tenant", tenant).update();
        List<Fact> facts = jdbc.sql("select " + FACT_COLUMNS + """
                         from dashboard_fact where tenant_id = :tenant order by occurred_on, fact_key""")
                .param("tenant", tenant).query(Projection::fact).list();
        jdbc.sql("delete from dashboard_figure where tenant_id = :tenant").param("tenant", tenant).update();
        List<Figure> figures = KpiCalculator.compute(facts, YearMonth.now(clock));
        write(tenant, region, figures);
        rebuildRunning(tenant, region, figures);
    }

    /**
     * One writer of a municipality's figures at a time: listeners of two events run concurrently, and each must read
     * the facts the other committed (read committed: a statement after the lock sees them).
     */
    private void lock(String tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:lock))").param("lock", "dashboards:" + tenant)
                .query((rs, row) -> 1).list();
    }

    /** The months of the facts of {@code kind} about any of {@code subjects}. */
    private List<YearMonth> monthsOf(String tenant, Fact.Kind kind, String[] subjects) {
        return jdbc.sql("""
                        select distinct date_trunc('month', occurred_on)::date from dashboard_fact
                        where tenant_id = :tenant and subject = any(:subjects) and kind = :kind""")
                .param("tenant", tenant).param("subjects", subjects).param("kind", kind.name())
                .query((rs, row) -> YearMonth.from(rs.getObject(1, LocalDate.class))).list();
    }

    /** Recomputes the KPIs that facts of {@code kind} feed in {@code month}, from those facts and what they read. */
    private void refresh(String tenant, String region, Fact.Kind kind, YearMonth month) {
        List<Fact> facts = new ArrayList<>(jdbc.sql("select " + FACT_COLUMNS + """
                         from dashboard_fact
                        where tenant_id = :tenant and kind = :kind and occurred_on >= :from and occurred_on < :to""")
                .param("tenant", tenant).param("kind", kind.name()).param("from", Date.valueOf(month.atDay(1)))
                .param("to", Date.valueOf(month.plusMonths(1).atDay(1))).query(Projection::fact).list());
        Set<Fact.Kind> reads = KpiCalculator.READ_BY_SUBJECT.getOrDefault(kind, Set.of());
        if (!reads.isEmpty() && !facts.isEmpty()) {
            facts.addAll(jdbc.sql("select " + FACT_COLUMNS + """
                             from dashboard_fact
                            where tenant_id = :tenant and subject = any(:subjects) and kind in (:kinds)""")
                    .param("tenant", tenant)
                    .param("subjects", facts.stream().map(Fact::subject).distinct().toArray(String[]::new))
                    .param("kinds", reads.stream().map(Enum::name).toList()).query(Projection::fact).list());
        }
        Set<String> kpis = KpiCalculator.FEEDS.get(kind);
        replace(tenant, region, kpis, month, null, KpiCalculator.flows(facts).stream()
                .filter(figure -> kpis.contains(figure.kpi()) && figure.month().equals(month)).toList());
    }

    /** Recomputes the pool size from {@code month} on: the stock of every later month changes with it. */
    private void refreshPool(String tenant, String region, YearMonth month) {
        List<String> kinds = KpiCalculator.POOL.stream().map(Enum::name).toList();
        Date from = Date.valueOf(month.atDay(1));
        int before = jdbc.sql("""
                        select kind, count(*) from dashboard_fact
                        where tenant_id = :tenant and kind in (:kinds) and occurred_on < :from group by kind""")
                .param("tenant", tenant).param("kinds", kinds).param("from", from)
                .query((rs, row) -> KpiCalculator.poolChange(Fact.Kind.valueOf(rs.getString(1))) * rs.getInt(2))
                .list().stream().mapToInt(Integer::intValue).sum();
        List<Fact> facts = jdbc.sql("select " + FACT_COLUMNS + """
                         from dashboard_fact where tenant_id = :tenant and kind in (:kinds) and occurred_on >= :from""")
                .param("tenant", tenant).param("kinds", kinds).param("from", from).query(Projection::fact).list();
        replace(tenant, region, Set.of(KpiCalculator.POOL_SIZE), month, month,
                KpiCalculator.poolSize(before, facts, YearMonth.now(clock)));
    }

    /**
     * Replaces the figures of {@code kpis} in {@code month} (or, with {@code onwards}, in every month from it) with
     * {@code figures}: a dimension may disappear (a decision's instrument becomes known when its submission arrives).
     */
    private void replace(String tenant, String region, Set<String> kpis, YearMonth month, @Nullable YearMonth onwards,
                         List<Figure> figures) {
        jdbc.sql("""
                        delete from dashboard_figure where tenant_id = :tenant and kpi in (:kpis)
                            and (month = :month or (cast(:onwards as date) is not null and month >= :onwards))""")
                .param("tenant", tenant).param("kpis", List.copyOf(kpis)).param("month", Date.valueOf(month.atDay(1)))
                .param("onwards", onwards == null ? null : Date.valueOf(onwards.atDay(1))).update();
        write(tenant, region, figures);
    }

    /**
     * The running totals after a batch: each KPI whose figures the batch rewrote, from the earliest month it rewrote
     * (every later month's total changes with it: a fact arriving late for an old month costs the months since then,
     * at most the municipality's history, and a fact of this month one row per dimension).
     */
    private void rollUp(String tenant, String region, Set<Touched> cells, @Nullable YearMonth poolFrom) {
        Map<String, YearMonth> from = new HashMap<>();
        cells.forEach(cell -> KpiCalculator.FEEDS.get(cell.kind()).forEach(kpi -> from.merge(kpi, cell.month(),
                Projection::earlier)));
        if (poolFrom != null) {
            from.merge(KpiCalculator.POOL_SIZE, poolFrom, Projection::earlier);
        }
        TreeMap<YearMonth, Set<String>> byMonth = new TreeMap<>();
        from.forEach((kpi, month) -> byMonth.computeIfAbsent(month, key -> new HashSet<>()).add(kpi));
        if (byMonth.isEmpty()) {
            return;
        }
        YearMonth written = runningUntil(tenant);
        // the months rewritten: from the earliest KPI's month on, and those carried on past the last month written
        YearMonth first = byMonth.firstKey();
        YearMonth packFrom = written != null && written.plusMonths(1).isBefore(first) ? written.plusMonths(1) : first;
        for (Map.Entry<YearMonth, Set<String>> entry : byMonth.entrySet()) {
            written = roll(tenant, region, entry.getValue(), entry.getKey(), written);
        }
        packRunning(tenant, packFrom);
    }

    /**
     * The running totals of the municipality's months from {@code from} on, written again as one row per month
     * ({@code dashboard_running_month}, the page's read): every KPI and dimension side by side, in the order of KPI and
     * dimension. The month is part of both statements' index condition: a batch of this month's facts rewrites one
     * row.
     */
    private void packRunning(String tenant, YearMonth from) {
        Date since = Date.valueOf(from.atDay(1));
        jdbc.sql("delete from dashboard_running_month where tenant_id = :tenant and month >= :from")
                .param("tenant", tenant).param("from", since).update();
        jdbc.sql(PACK_MONTHS.formatted("tenant_id = :tenant and month >= :from"))
                .param("tenant", tenant).param("from", since).update();
    }

    /** The month rows of the running totals that meet a condition ({@code %s}), one per municipality and month. */
    static final String PACK_MONTHS = """
            insert into dashboard_running_month (tenant_id, region_id, month, kpis, dimensions, cases, numerators,
                amounts, updated_at)
            select tenant_id, region_id, month, array_agg(kpi order by kpi, dimension),
                array_agg(dimension order by kpi, dimension), array_agg(cases order by kpi, dimension),
                array_agg(numerator order by kpi, dimension), array_agg(amount order by kpi, dimension), max(updated_at)
            from dashboard_running
            where %s
            group by tenant_id, region_id, month""";

    private static YearMonth earlier(YearMonth one, YearMonth other) {
        return one.isBefore(other) ? one : other;
    }

    /**
     * Rewrites the running totals of {@code kpis} from {@code from} on, from the totals of the month before and the
     * figures from {@code from} on. Every dimension of the municipality runs up to the same last month (today's, or a
     * later one with figures): when that moves on, the other KPIs' totals are carried into the new months first, so a
     * period's two rows exist for every dimension that has a figure up to them. Returns the new last month.
     */
    private YearMonth roll(String tenant, String region, Set<String> kpis, YearMonth from, @Nullable YearMonth written) {
        List<Figure> figures = jdbc.sql("""
                        select kpi, month, dimension, cases, numerator, amount from dashboard_figure
                        where tenant_id = :tenant and kpi in (:kpis) and month >= :from""")
                .param("tenant", tenant).param("kpis", List.copyOf(kpis)).param("from", Date.valueOf(from.atDay(1)))
                .query((rs, row) -> new Figure(rs.getString("kpi"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getString("dimension"), rs.getInt("cases"), (Integer) rs.getObject("numerator", Integer.class),
                        rs.getBigDecimal("amount"))).list();
        YearMonth until = RunningTotals.until(YearMonth.now(clock), written, figures);
        if (written != null && written.isBefore(until)) {
            jdbc.sql("""
                            insert into dashboard_running (tenant_id, region_id, month, kpi, dimension, cases, numerator,
                                amount, updated_at)
                            select tenant_id, region_id, cast(next as date), kpi, dimension, cases, numerator, amount,
                                updated_at
                            from dashboard_running, generate_series(cast(:first as timestamp), cast(:until as timestamp),
                                interval '1 month') as next
                            where tenant_id = :tenant and month = :written""")
                    .param("tenant", tenant).param("first", Date.valueOf(written.plusMonths(1).atDay(1)))
                    .param("until", Date.valueOf(until.atDay(1))).param("written", Date.valueOf(written.atDay(1)))
                    .update();
        }
        List<RunningTotals.Running> before = jdbc.sql("""
                        select kpi, dimension, cases, numerator, amount from dashboard_running
                        where tenant_id = :tenant and month = :month and kpi in (:kpis)""")
                .param("tenant", tenant).param("month", Date.valueOf(from.minusMonths(1).atDay(1)))
                .param("kpis", List.copyOf(kpis))
                .query((rs, row) -> new RunningTotals.Running(rs.getString("kpi"), rs.getString("dimension"),
                        from.minusMonths(1), rs.getInt("cases"), rs.getInt("numerator"), rs.getBigDecimal("amount")))
                .list();
        jdbc.sql("delete from dashboard_running where tenant_id = :tenant and month >= :from and kpi in (:kpis)")
                .param("tenant", tenant).param("from", Date.valueOf(from.atDay(1))).param("kpis", List.copyOf(kpis))
                .update();
        writeRunning(tenant, region, RunningTotals.of(before, figures, from, until));
        return until;
    }

    /** The rebuild's running totals: all of them again, from the municipality's figures. */
    private void rebuildRunning(String tenant, String region, List<Figure> figures) {
        jdbc.sql("delete from dashboard_running where tenant_id = :tenant").param("tenant", tenant).update();
        jdbc.sql("delete from dashboard_running_month where tenant_id = :tenant").param("tenant", tenant).update();
        figures.stream().map(Figure::month).min(YearMonth::compareTo).ifPresent(first -> {
            writeRunning(tenant, region, RunningTotals.of(List.of(), figures, first,
                    RunningTotals.until(YearMonth.now(clock), null, figures)));
            packRunning(tenant, first);
        });
    }

    /** The last month of the municipality's running totals, or null before the first. */
    private @Nullable YearMonth runningUntil(String tenant) {
        LocalDate last = jdbc.sql("select max(month) from dashboard_running where tenant_id = :tenant")
                .param("tenant", tenant).query(LocalDate.class).optional().orElse(null);
        return last == null ? null : YearMonth.from(last);
    }

    private void writeRunning(String tenant, String region, List<RunningTotals.Running> rows) {
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("""
                        insert into dashboard_running (tenant_id, region_id, month, kpi, dimension, cases, numerator,
                            amount, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(row -> new Object[]{tenant, region,
                Date.valueOf(row.month().atDay(1)), row.kpi(), row.dimension(), row.cases(), row.numerator(),
                row.amount(), now}).toList(),
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                        Types.INTEGER, Types.NUMERIC, Types.TIMESTAMP});
    }

    /** Inserts the figures in one batch (a rebuild writes thousands). */
    private void write(String tenant, String region, List<Figure> figures) {
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate("""
                        insert into dashboard_figure (tenant_id, region_id, kpi, month, dimension, cases, numerator,
                            amount, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", figures.stream().map(figure -> new Object[]{tenant, region,
                figure.kpi(), Date.valueOf(figure.month().atDay(1)), figure.dimension(), figure.cases(),
                figure.numerator(), figure.amount(), now}).toList(),
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.INTEGER,
                        Types.INTEGER, Types.NUMERIC, Types.TIMESTAMP});
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        return new Fact(rs.getString("fact_key"), Fact.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("code"), rs.getString("detail"),
                rs.getBigDecimal("amount"), (Integer) rs.getObject("rung_from", Integer.class),
                (Integer) rs.getObject("rung_to", Integer.class), (Boolean) rs.getObject("flag", Boolean.class));
    }
}
