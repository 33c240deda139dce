package nl.werkbrug.bench;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.coordinator;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.dashboards.BenchFigures;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.subsidies.SubsidyEvent;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards at national scale (issue 14): FACTS synthetic facts (default 10,000,000; {@link DashboardFactGenerator},
 * fixed seed) over 342 municipalities in 35 regions and five years, loaded with COPY as the owner role, figures built
 * by the rebuild's formula; then in one run the coordinator's full regional dashboard of Twente (every figure of
 * {@link Dashboards#region} and {@link Dashboards#regionInstruments}, through the service: method security,
 * row-level security, the small-cell rule) against the naive GROUP BY over the raw facts, and the projection lag: real
 * events published through the application's publisher (event publication registry, listeners after the commit) and
 * the time until the last one is a fact with its figures. Not a test: Surefire does not pick up its name, and it runs
 * only with {@code -Dwerkbrug.bench=true} (see {@code bench/dashboards.sh}). Writes {@code target/bench/dashboards.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "werkbrug.bench", matches = "true")
class DashboardBenchmark {

    static final int FACTS = Integer.getInteger("werkbrug.bench.facts", 10_000_000);
    static final int EVENTS = Integer.getInteger("werkbrug.bench.events", 20_000);
    /** The publishing threads of the lag's runs under load (as many users' requests at once). */
    static final int PUBLISHERS = Integer.getInteger("werkbrug.bench.publishers", 8);
    /** Unmeasured calls of the page before it is measured. */
    static final int WARM_PAGES = 500;

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Clock clock;
    @Autowired
    Dashboards dashboards;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_regional_dashboard_over_10000000_facts_and_the_projection_lag() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<String> twente = directory.tenants().stream().map(Tenant::id).sorted().toList();
        DashboardFactGenerator generator = new DashboardFactGenerator(twente, today);
        load(generator);
        JdbcClient.create(owner).sql("vacuum analyze dashboard_fact").update();
        JdbcClient.create(owner).sql("vacuum analyze dashboard_figure").update();
        JdbcClient.create(owner).sql("vacuum analyze dashboard_running").update();
        JdbcClient.create(owner).sql("vacuum analyze dashboard_running_month").update();
        // pages the vacuum could not mark all-visible (a transaction older than the rows was open) cost the
        // page's index-only reads a heap fetch per row
        System.out.println("VISIBLE " + JdbcClient.create(owner).sql("select relname || ': ' || relallvisible || ' of '"
                + " || relpages || ' pages all-visible' from pg_class where relname in ('dashboard_running',"
                + " 'dashboard_running_month', 'dashboard_figure') order by relname").query(String.class).list());

        ReportingPeriod period = dashboards.periods().stream()
                .filter(choice -> choice.kind() == ReportingPeriod.Kind.LAST_TWELVE_MONTHS).findFirst().orElseThrow();
        var user = coordinator("bench.coordinator");
        // A portal that serves coordinators has served the page before: the JIT compiles its path first (measure()'s
        // own warm-up of at most 30 runs left the first measured runs partly interpreted).
        for (int warm = 0; warm < WARM_PAGES; warm++) {
            as(user, () -> dashboards.regionPage(period));
        }
        double[] service = PoolBenchmark.measure(() -> as(user, () -> dashboards.regionPage(period)));
        StringBuilder parts = new StringBuilder("| part of the page (as the coordinator) | p50 (ms) | p95 | p99 |\n|---|---|---|---|\n");
        BenchFigures.parts(context, period).forEach((part, work) -> {
            double[] took = PoolBenchmark.measure(() -> as(user, work));
            parts.append("| %s | %.2f | %.2f | %.2f |%n".formatted(part, took[0], took[1], took[2]));
        });
        System.out.println("PARTS\n" + parts);
        String naiveSql = naive();
        Object[] args = {twente.toArray(String[]::new), Date.valueOf(period.from().atDay(1)),
                Date.valueOf(period.to().plusMonths(1).atDay(1))};
        double[] naive = PoolBenchmark.measure(() -> JdbcClient.create(owner).sql(naiveSql)
                .params(args[0], args[1], args[2], args[0], args[0], args[2]).query().listOfRows());
        List<String> plans = new ArrayList<>();
        plans.add("#### The projection: the figures the service reads (as the coordinator, under row-level security)\n\n```\n"
                + String.join("\n", explainAsCoordinator(period)) + "\n```\n");
        plans.add("#### The naive GROUP BY over the raw facts (owner role)\n\n```\n"
                + String.join("\n", JdbcClient.create(owner).sql("explain (analyze, buffers, costs off, timing off) "
                + naiveSql).params(args[0], args[1], args[2], args[0], args[0], args[2]).query(String.class).list())
                + "\n```\n");

        String lag = lag(twente);
        JdbcClient.create(owner).sql("alter table dashboard_fact force row level security").update();

        String result = "| facts | municipalities | regions | regional dashboard through the service p50 (ms) | p95 | p99 "
                + "| naive GROUP BY p50 (ms) | p95 | p99 | naive p95 / service p95 |\n|---|---|---|---|---|---|---|---|---|---|\n"
                + "| %,d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f× |\n\n".formatted(FACTS,
                DashboardFactGenerator.MUNICIPALITIES, DashboardFactGenerator.REGIONS, service[0], service[1],
                service[2], naive[0], naive[1], naive[2], naive[1] / service[1])
                + parts + "\n" + lag + "\n\n" + String.join("\n", plans);
        System.out.println("\n" + result);
        Path out = Path.of("target/bench/dashboards.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    /**
     * Regions, municipalities and facts with COPY as the owner role, then every municipality's figures. The database
     * folder is kept between runs ({@code bench/dashboards.sh}): when it already holds the generated facts of this
     * size (the table's comment says how many were loaded), only the events of an earlier run's lag measurement are
     * removed and the figures rebuilt; the facts are loaded once.
     */
    void load(DashboardFactGenerator generator) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String marker = "bench facts: " + FACTS;
            boolean loadedBefore;
            try (var statement = connection.createStatement()) {
                statement.execute("alter table region no force row level security");
                statement.execute("alter table tenant no force row level security");
                statement.execute("alter table dashboard_fact no force row level security");
                statement.execute("alter table dashboard_figure no force row level security");
                statement.execute("alter table dashboard_running no force row level security");
                statement.execute("alter table dashboard_running_month no force row level security");
                try (var found = statement.executeQuery(
                        "select obj_description('dashboard_fact'::regclass, 'pg_class')")) {
                    loadedBefore = found.next() && marker.equals(found.getString(1));
                }
                try (var found = statement.executeQuery("select count(*) from region where id like 'bench-r%'")) {
                    found.next();
                    if (found.getInt(1) == 0) {
                        copy.copyIn("copy region (id, name, description) from stdin", new StringReader(generator.regions()));
                        copy.copyIn("copy tenant (id, region_id, name, short_name, cbs_code) from stdin",
                                new StringReader(generator.tenants()));
                    }
                }
            }
            java.util.Set<String> rebuild = null;
            if (loadedBefore) {
                try (var statement = connection.createStatement()) {
                    // the lag's events have ids of 12 digits and more; the generated subjects are far smaller
                    rebuild = new java.util.HashSet<>();
                    try (var removed = statement.executeQuery("with removed as (delete from dashboard_fact "
                            + "where length(subject) >= 12 returning tenant_id) select distinct tenant_id from removed")) {
                        while (removed.next()) {
                            rebuild.add(removed.getString(1));
                        }
                    }
                    statement.execute("alter table dashboard_pending no force row level security");
                    statement.execute("delete from dashboard_pending");
                    statement.execute("alter table dashboard_pending force row level security");
                    try (var kept = statement.executeQuery("select (select count(*) from dashboard_figure), "
                            + "(select count(*) from dashboard_running)")) {
                        kept.next();
                        if (kept.getLong(1) == 0 || kept.getLong(2) == 0) {
                            rebuild = null;
                        }
                    }
                    if (rebuild == null) {
                        statement.execute("delete from dashboard_figure");
                        statement.execute("delete from dashboard_running");
                        statement.execute("delete from dashboard_running_month");
                    } else {
                        // the figures of the other municipalities are those of their facts, which did not change
                        try (var delete = connection.prepareStatement("delete from dashboard_figure where tenant_id = any(?)")) {
                            delete.setArray(1, connection.createArrayOf("varchar", rebuild.toArray()));
                            delete.execute();
                        }
                        for (String table : List.of("dashboard_running", "dashboard_running_month")) {
                            try (var delete = connection.prepareStatement("delete from " + table
                                    + " where tenant_id = any(?)")) {
                                delete.setArray(1, connection.createArrayOf("varchar", rebuild.toArray()));
                                delete.execute();
                            }
                        }
                    }
                    System.out.printf("loaded %s before (kept), removed the facts of earlier lag runs in %s%n", marker,
                            rebuild == null ? "(figures rebuilt for all)" : rebuild);
                }
                connection.commit();
            } else {
                loadFacts(connection, generator, marker);
            }
            System.out.printf("loaded %,d facts in %d ms%n", FACTS, (System.nanoTime() - started) / 1_000_000);
            java.util.Set<String> only = rebuild;
            buildFigures(connection, generator.municipalities().stream()
                    .filter(tenant -> only == null || only.contains(tenant[0])).toList());
        }
    }

    private void loadFacts(Connection connection, DashboardFactGenerator generator, String marker) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String> indexes = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            // a clean slate: only the generated facts (bench/dashboards.sh starts without the demo caseloads)
            statement.execute("delete from dashboard_figure");
            statement.execute("delete from dashboard_running");
            statement.execute("delete from dashboard_running_month");
            statement.execute("delete from dashboard_fact");
            try (var found = statement.executeQuery("select indexname, indexdef from pg_indexes "
                    + "where tablename = 'dashboard_fact' and indexname <> 'dashboard_fact_pkey'")) {
                while (found.next()) {
                    indexes.add(found.getString(2));
                }
            }
            for (String index : indexes) {
                statement.execute("drop index " + index.replaceAll("^CREATE INDEX (\\S+) .*$", "$1"));
            }
        }
        int loaded = 0;
        while (loaded < FACTS) {
            String chunk = generator.next(Math.min(200_000, FACTS - loaded));
            copy.copyIn(DashboardFactGenerator.COPY, new StringReader(chunk));
            loaded = generator.generated();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("comment on table dashboard_fact is '" + marker + "'");
        }
        connection.commit();
        System.out.printf("generated %,d facts%n", loaded);
    }

    /** Every municipality's figures and their running totals by the rebuild's formulas, as the owner role. */
    private void buildFigures(Connection connection, List<String[]> municipalities) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long figures = System.nanoTime();
        String now = java.time.OffsetDateTime.now(clock).toString();
        for (String[] tenant : municipalities) {
            BenchFigures.CopyLines lines = BenchFigures.copyLines(connection, tenant[0], tenant[1],
                    YearMonth.from(LocalDate.now(clock)), now);
            copy.copyIn("copy dashboard_figure (tenant_id, region_id, kpi, month, dimension, cases, numerator, "
                    + "amount, updated_at) from stdin", new StringReader(lines.figures()));
            copy.copyIn("copy dashboard_running (tenant_id, region_id, month, kpi, dimension, cases, numerator, "
                    + "amount, updated_at) from stdin", new StringReader(lines.running()));
        }
        // a month's running totals in one row, as the projector writes them (Projection.packRunning)
        try (var pack = connection.prepareStatement(BenchFigures.packMonths())) {
            pack.setArray(1, connection.createArrayOf("varchar",
                    municipalities.stream().map(tenant -> tenant[0]).toArray()));
            pack.execute();
        }
        try (var statement = connection.createStatement()) {
            // the owner role reads the raw facts for the naive query; the portal's role is under row-level
            // security whether or not it is forced on the owner
            statement.execute("alter table dashboard_figure force row level security");
            statement.execute("alter table dashboard_running force row level security");
            statement.execute("alter table dashboard_running_month force row level security");
            statement.execute("alter table region force row level security");
            statement.execute("alter table tenant force row level security");
        }
        connection.commit();
        System.out.printf("built the figures of %d municipalities in %d ms%n", municipalities.size(),
                (System.nanoTime() - figures) / 1_000_000);
    }

    /**
     * The same figures straight from the facts, as one would write them without a projection: per municipality and
     * kind (and code: instrument, outcome, reason) in the period, with grouping sets for the region's totals; each
     * decision joined to its request's submission (its instrument, and in time against the submission day plus the
     * term; the suspension and the working-day rule left out, which only makes it cheaper), the pool size over all
     * of history up to the end of the period, each proposal looked up for a placement.
     */
    static String naive() {
        return """
                with f as (
                    select tenant_id, kind, subject, occurred_on, code, amount, rung_from, rung_to, flag
                    from dashboard_fact where tenant_id = any(?) and occurred_on >= ? and occurred_on < ?),
                submitted as (
                    select tenant_id, subject, occurred_on, code, detail from dashboard_fact
                    where tenant_id = any(?) and kind = 'REQUEST_SUBMITTED'),
                decided as (
                    select d.tenant_id, d.code as outcome, coalesce(s.code, 'ONBEKEND') as instrument, d.amount,
                        case when s.detail is null then null
                             else d.occurred_on <= s.occurred_on + cast(s.detail as interval) end as in_time
                    from f d left join submitted s on s.tenant_id = d.tenant_id and s.subject = d.subject
                    where d.kind = 'REQUEST_DECIDED')
                select 'flow' as part, tenant_id, kind as what, code, count(*) as cases,
                    count(*) filter (where flag or rung_to > rung_from or (kind = 'REFERRAL_PROPOSED' and exists (
                        select 1 from dashboard_fact h where h.tenant_id = f.tenant_id and h.kind = 'PLACEMENT'
                        and h.subject = f.subject))) as numerator, sum(amount) as amount
                from f where kind <> 'REQUEST_DECIDED'
                group by grouping sets ((tenant_id, kind), (tenant_id, kind, code), (kind), (kind, code))
                union all
                select 'decision', tenant_id, outcome, instrument, count(*), count(*) filter (where in_time), sum(amount)
                from decided
                group by grouping sets ((tenant_id, outcome), (tenant_id, outcome, instrument), (outcome), (outcome, instrument))
                union all
                select 'pool', tenant_id, 'POOL', null, sum(case kind when 'POOL_JOINED' then 1 else -1 end), null, null
                from dashboard_fact where tenant_id = any(?) and kind in ('POOL_JOINED', 'POOL_LEFT') and occurred_on < ?
                group by rollup (tenant_id)""";
    }

    /** The plan of the service's read of the region's figures, as the coordinator under row-level security. */
    List<String> explainAsCoordinator(ReportingPeriod period) {
        return as(coordinator("bench.coordinator"), () -> transaction.execute(status ->
                BenchFigures.explainRegionRead(context, period)));
    }

    /**
     * Ladder rungs, trajectories, requests submitted and outflows, in a fixed mix: events every listener of them can
     * process (a decision would make the employer's notification fail: it looks up a request the subsidies module does
     * not hold, and a failing listener costs exceptions and resubmissions production does not pay).
     */
    static nl.werkbrug.shared.TenantEvent event(long id, int i, String tenant) {
        return switch (i % 5) {
            case 0, 1 -> new CandidateEvent.LadderRungRecorded(id, tenant, "twente", "bench", 2, 3);
            case 2 -> new CandidateEvent.TrajectoryStarted(id, tenant, "twente", "bench", "LOONKOSTENSUBSIDIE");
            case 3 -> new SubsidyEvent.SubsidyRequestSubmitted(id, tenant, "twente", 1, "bench", "LOONKOSTENSUBSIDIE",
                    "P8W");
            default -> new CandidateEvent.OutflowRecorded(id, tenant, "twente", "bench", OutflowReason.WERK);
        };
    }

    /**
     * The projection lag. First its two parts alone, on ids of their own: the listener's statement (the fact kept and
     * marked pending, a transaction per fact, no registry) and the projector draining that backlog in batches. Then
     * end to end ({@link #offered}): EVENTS real events published as fast as the publisher goes and EVENTS offered at
     * 2,000 events/s, first by one thread (a single client), then by PUBLISHERS threads at once (the node under load).
     */
    String lag(List<String> tenants) throws Exception {
        if (EVENTS == 0) {
            return "(lag not measured: 0 events)";
        }
        int alone = Math.min(EVENTS, 5_000);
        List<nl.werkbrug.shared.TenantEvent> direct = new ArrayList<>();
        for (int i = 0; i < alone; i++) {
            direct.add(event(800_000_000_000L + i, i, tenants.get(i % tenants.size())));
        }
        double appended = BenchFigures.appendDirectly(context, direct, LocalDate.now(clock));
        double projected = BenchFigures.projectPending(context, tenants);

        // counted as the owner with the facts' row-level security lifted for the counts only
        JdbcClient owned = JdbcClient.create(owner);
        owned.sql("alter table dashboard_fact no force row level security").update();
        owned.sql("alter table dashboard_pending no force row level security").update();
        StringBuilder lines = new StringBuilder("""
                | offered load | publishing threads | events | published in (s) | publish rate achieved (/s) \
                | last fact kept after (s) \
                | last figure current after (s) | sustained end to end (events/s) | lag publication → figure current p50 (ms) \
                | p95 | max | lag in the first / last quarter p95 (ms) | every listener of every module done after (s) \
                | the listener's statement alone (facts/s) | the projector alone (facts/s) |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """);
        // ids of 12 digits this run has to itself: publications an earlier run left incomplete are resubmitted at
        // the start and would otherwise count as this run's facts
        long base = 900_000_000_000L + (System.currentTimeMillis() / 1000 % 4_000) * 20_000;
        String profile;
        Path recording = Path.of("target/bench/dashboards-lag.jfr");
        Files.createDirectories(recording.getParent());
        // unmeasured: the publishing path compiled by the JIT first, as in a node that has been running a while
        // (without it the first measured run is the slowest, whichever it is)
        offered(owned, tenants, base + 40_000_000L, 0, PUBLISHERS, appended, projected);
        try (DashboardProfile profiler = new DashboardProfile(recording)) {
            lines.append(offered(owned, tenants, base, 0, 1, appended, projected)).append('\n');
            lines.append(offered(owned, tenants, base + 10_000_000L, 2_000, 1, appended, projected)).append('\n');
            lines.append(offered(owned, tenants, base + 20_000_000L, 0, PUBLISHERS, appended, projected)).append('\n');
            lines.append(offered(owned, tenants, base + 30_000_000L, 2_000, PUBLISHERS, appended, projected))
                    .append('\n');
            profiler.close();
            profile = profiler.summary();
        }
        lines.append("\nJava Flight Recording of both end-to-end runs (").append(recording).append("), ")
                .append("CPU samples of the portal's JVM:\n\n").append(profile);
        owned.sql("alter table dashboard_pending force row level security").update();
        // the publications the other modules' listeners failed on (synthetic events of requests they do not hold):
        // gone, so the next start of this database does not resubmit them while it is measured
        owned.sql("delete from event_publication where completion_date is null").update();
        System.out.println("LAG\n" + lines);
        return lines.toString();
    }

    /**
     * EVENTS real events over Twente's municipalities, 20 to a transaction, through the application's publisher (the
     * event publication registry and every listener of these events), offered at {@code rate} events/s (0: as fast as
     * the publishers go) by {@code threads} threads at once (one: a single client, bound by its own round trips; more:
     * the node under load, as many users' requests at once; transaction t is due at the same moment either way, taken
     * by thread t mod threads). Meanwhile a poller counts, every 50 ms, this run's facts kept and how many of them are
     * still pending (two index-only counts; every 10 ms they took a noticeable share of the two cores); a fact kept
     * and no longer pending has its figures written. The lag of a transaction's events is the time from its commit
     * until as many of the run's facts are projected as were published up to and including it: the projector takes a
     * municipality's pending facts in batches, not in order of publication, so this is the lag of the FIFO position
     * (in the order of the commits), not of each fact. Then waits until the registry holds no incomplete publication
     * (every listener of every module done) before returning.
     */
    String offered(JdbcClient owned, List<String> tenants, long base, int rate, int threads, double appended,
                   double projected) throws InterruptedException {
        int transactions = (EVENTS + 19) / 20;
        long[] committed = new long[transactions];
        String[] twente = tenants.toArray(String[]::new);
        String low = Long.toString(base - 1);
        String high = Long.toString(base + EVENTS);
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        Thread poller = Thread.ofPlatform().name("bench-lag-poller").start(() -> {
            while (polling.get()) {
                long kept = owned.sql("select count(*) from dashboard_fact where tenant_id = any(?) and subject >= ? "
                        + "and subject < ?").params(twente, low, high).query(Long.class).single();
                // nothing else is pending: the parts alone were drained before
                long pending = owned.sql("select count(*) from dashboard_pending where tenant_id = any(?)")
                        .params((Object) twente).query(Long.class).single();
                samples.add(new long[]{System.nanoTime(), kept, kept - pending});
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            }
        });
        Random random = new Random(14);
        String[] tenantOf = new String[transactions];
        for (int t = 0; t < transactions; t++) {
            tenantOf[t] = tenants.get(random.nextInt(tenants.size()));
        }
        List<Thread> publishing = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int thread = k;
            publishing.add(Thread.ofPlatform().name("bench-publisher-" + k).start(() -> {
                for (int t = thread; t < transactions; t += threads) {
                    if (rate > 0) {
                        long due = started + (long) (t * 20 * 1e9 / rate);
                        while (System.nanoTime() < due) {
                            java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                        }
                    }
                    int first = t * 20;
                    String tenant = tenantOf[t];
                    TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
                        for (int i = first; i < Math.min(EVENTS, first + 20); i++) {
                            publisher.publishEvent(event(base + i, i, tenant));
                        }
                    }));
                    committed[t] = System.nanoTime();
                }
            }));
        }
        for (Thread thread : publishing) {
            thread.join();
        }
        // the commits in the order they happened (with several threads not the order of t)
        long[] commits = committed.clone();
        java.util.Arrays.sort(commits);
        double published = (commits[transactions - 1] - started) / 1e9;
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && (samples.isEmpty() || samples.getLast()[2] < EVENTS)) {
            Thread.sleep(10);
        }
        polling.set(false);
        poller.join();
        List<long[]> seen = List.copyOf(samples);
        double kept = seen.stream().filter(sample -> sample[1] >= EVENTS).findFirst()
                .map(sample -> (sample[0] - started) / 1e9).orElse(Double.NaN);
        double current = seen.stream().filter(sample -> sample[2] >= EVENTS).findFirst()
                .map(sample -> (sample[0] - started) / 1e9).orElse(Double.NaN);
        double[] lags = new double[transactions];
        int from = 0;
        for (int t = 0; t < transactions; t++) {
            long needed = Math.min(EVENTS, (t + 1) * 20L);
            while (from < seen.size() && seen.get(from)[2] < needed) {
                from++;
            }
            lags[t] = from < seen.size() ? Math.max(0, (seen.get(from)[0] - commits[t]) / 1e6) : Double.NaN;
        }
        double[] sorted = lags.clone();
        java.util.Arrays.sort(sorted);
        double[] firstQuarter = java.util.Arrays.copyOfRange(lags, 0, Math.max(1, transactions / 4));
        double[] lastQuarter = java.util.Arrays.copyOfRange(lags, transactions - Math.max(1, transactions / 4), transactions);
        java.util.Arrays.sort(firstQuarter);
        java.util.Arrays.sort(lastQuarter);
        // every listener of every module done: no incomplete publication, or the same number for 3 s (a listener
        // that fails on the benchmark's synthetic events leaves its publication incomplete for a later resubmission)
        long registryDeadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        long incomplete = -1;
        long stableSince = System.nanoTime();
        long settled = System.nanoTime();
        while (System.nanoTime() < registryDeadline) {
            long now = owned.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
            if (now != incomplete) {
                incomplete = now;
                stableSince = System.nanoTime();
                settled = stableSince;
            }
            if (incomplete == 0 || System.nanoTime() - stableSince > 3_000_000_000L) {
                break;
            }
            Thread.sleep(100);
        }
        String allDone = "%.1f%s".formatted((settled - started) / 1e9,
                incomplete == 0 ? "" : " (%,d publications left incomplete: failed listeners)".formatted(incomplete));
        return "| %s | %d | %,d | %.1f | %,.0f | %.1f | %.1f | %,.0f | %.0f | %.0f | %.0f | %.0f / %.0f | %s | %,.0f | %,.0f |"
                .formatted(rate == 0 ? "as fast as the publishers go" : "%,d events/s".formatted(rate), threads, EVENTS,
                        published, EVENTS / published, kept, current, EVENTS / current,
                        PoolBenchmark.percentile(sorted, 50), PoolBenchmark.percentile(sorted, 95), sorted[transactions - 1],
                        PoolBenchmark.percentile(firstQuarter, 95), PoolBenchmark.percentile(lastQuarter, 95), allDone,
                        appended, projected);
    }
}
