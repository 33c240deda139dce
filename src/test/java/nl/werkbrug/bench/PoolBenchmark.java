package nl.werkbrug.bench;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.pool.OccupationScope;
import nl.werkbrug.pool.PoolQuery;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.pool.SupportSignal;
import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PostcodeAreas;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool search at 100,000 and 1,000,000 synthetic profiles: three typical searches through {@link PoolSearch}
 * (the application's path: method security, viewer, quota charge, audit, the generated SQL under row-level security)
 * as a consultant and as an employer's user, against the best hand-written SQL on the same indexes over JDBC in a
 * transaction with the same settings, in one run. Not a test: Surefire does not pick up its name, and it runs only
 * with {@code -Dwerkbrug.bench=true} (see {@code bench/pool.sh}). Writes {@code target/bench/pool.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "werkbrug.bench", matches = "true")
class PoolBenchmark {

    static final long SEED = 20_261_201L;
    static final int RUNS = Integer.getInteger("werkbrug.bench.runs", 200);
    static final int[] SIZES = java.util.Arrays.stream(System.getProperty("werkbrug.bench.sizes", "100000,1000000")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    static final int CHUNK = 50_000;

    @Autowired
    PoolSearch search;
    @Autowired
    Occupations occupations;
    @Autowired
    TenantDirectory directory;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PostcodeAreas areas;
    @Autowired
    PoolSearchSql sql;

    final PortalUser consultant = consultant("bench.consulent", "enschede");
    final PortalUser employer = new PortalUser("bench.werkgever", "bench.werkgever", Map.of(), Map.of(),
            new EmployerMembership(1L, EmployerRole.EMPLOYER_USER), null);

    /**
     * A typical search: the query through the service, and the best SQL by hand for the same page; for a ranking
     * within a distance also the hand-written reading by distance bands (given the audience condition).
     */
    record Search(String name, PoolQuery query, String consultantSql, String employerSql,
                  java.util.function.@org.jspecify.annotations.Nullable Function<String, Object> bands) {
    }

    static final String CONSULTANTS = "k.region_id = current_setting('app.region_id') and (k.tenant_id = 'enschede' "
            + "or k.consent_consultants)";
    /**
     * The employers' audience with today's Dutch date as a literal: computed in the statement
     * ({@code (now() at time zone 'Europe/Amsterdam')::date}) it is evaluated for every key row the filter reads, which
     * the application, passing the date as a parameter, does not do; the best hand-written SQL does not either.
     */
    static final String EMPLOYERS = "k.region_id = current_setting('app.region_id') and k.consent_employers "
            + "and k.employer_visible_until >= date '" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) + "'";

    @Test
    void pool_search_at_100000_and_1000000_profiles() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        Random random = new Random(SEED);
        int loaded = 0;
        for (int size : SIZES) {
            load(random, loaded, size - loaded);
            loaded = size;
            JdbcClient.create(owner).sql("vacuum analyze pool_profile").update();
            // again now that no transaction of the load is open: index-only scans need the visibility map
            JdbcClient.create(owner).sql("vacuum analyze pool_search_key").update();
            if (Boolean.getBoolean("werkbrug.bench.hold")) {
                holdForQueriesByHand(size);
            }
            for (Search s : searches()) {
                // every way of running the search in turn within each round, so the JIT's warm-up, the background
                // jobs and the other load of the machine fall on all of them alike (measured one after the other,
                // the first measured, the consultant's service, took the brunt)
                List<Supplier<Object>> ways = new ArrayList<>(List.of(
                        () -> as(consultant, "enschede", () -> search.search(s.query(), 0, 20)),
                        () -> queryPath("enschede", s.query(), false),
                        () -> raw("enschede", s.consultantSql()),
                        () -> as(employer, () -> search.search(s.query(), 0, 20)),
                        () -> queryPath(null, s.query(), false),
                        () -> raw(null, s.employerSql())));
                if (s.bands() != null) {
                    // the best hand-written SQL for a ranking within a distance reads the nearest bands only
                    ways.add(() -> TenantContext.callAs("enschede", () -> s.bands().apply(CONSULTANTS)));
                    ways.add(() -> as(employer, () -> s.bands().apply(EMPLOYERS)));
                }
                // the query path as it was before update 6: its plan cache mode in a round trip of its own first
                int separate = ways.size();
                ways.add(() -> queryPath("enschede", s.query(), true));
                ways.add(() -> queryPath(null, s.query(), true));
                double[][] times = measureInTurn(ways);
                extras.add(extra(s.name() + ", consultant", times[1], times[separate],
                        s.bands() != null ? times[6] : times[2]));
                extras.add(extra(s.name() + ", employer", times[4], times[separate + 1],
                        s.bands() != null ? times[7] : times[5]));
                System.out.println("EXTRA " + extras.get(extras.size() - 2) + "\nEXTRA " + extras.getLast());
                double[] app = times[0];
                double[] path = times[1];
                double[] raw = times[2];
                double[] appEmployer = times[3];
                double[] pathEmployer = times[4];
                double[] rawEmployer = times[5];
                if (s.bands() != null) {
                    rows.add(row(size, s.name() + ", consultant, hand-written in one statement", app, path, raw));
                    rows.add(row(size, s.name() + ", employer, hand-written in one statement", appEmployer,
                            pathEmployer, rawEmployer));
                    raw = times[6];
                    rawEmployer = times[7];
                }
                rows.add(row(size, s.name() + ", consultant", app, path, raw));
                rows.add(row(size, s.name() + ", employer", appEmployer, pathEmployer, rawEmployer));
                System.out.println("ROW " + rows.get(rows.size() - 2) + "\nROW " + rows.get(rows.size() - 1));
                planCache(s.name());
                if (size == SIZES[SIZES.length - 1]) {
                    plans.add("#### " + s.name() + " (consultant, hand-written SQL)\n\n```\n"
                            + String.join("\n", explain("enschede", s.consultantSql())) + "\n```\n");
                }
            }
        }
        String table = "| profiles | search | service p50 (ms) | p95 | p99 | query path p50 (ms) | p95 | p99 "
                + "| raw SQL p50 (ms) | p95 | p99 | query path p95 / raw p95 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n"
                + "The query path against itself with its plan cache mode in a round trip of its own (as before update"
                + " 6), same run, at " + String.format("%,d", SIZES[SIZES.length - 1]) + " profiles:\n\n"
                + "| search | query path p50 (ms) | p95 | with a separate round trip p50 (ms) | p95 | raw SQL p50 (ms)"
                + " | p95 | query path p95 / raw p95 | with the round trip p95 / raw p95 |\n"
                + "|---|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", extras.subList(Math.max(0, extras.size() - 6), extras.size())) + "\n\n"
                + String.join("\n", plans);
        System.out.println("\n" + table);
        Path out = Path.of("target/bench/pool.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /**
     * {@code HOLD=true bash bench/pool.sh}: keeps this JVM, and with it the embedded PostgreSQL with the loaded
     * profiles, for {@code EXPLAIN} by hand (port: {@code ps aux | grep bin/postgres}) until its process is killed.
     */
    static void holdForQueriesByHand(int size) throws InterruptedException {
        System.out.printf("HOLDING with %,d profiles loaded; kill this JVM when done%n", size);
        Thread.sleep(java.time.Duration.ofHours(4).toMillis());
    }

    List<Search> searches() {
        // what a hit list shows of each profile, as the application reads it for a page
        String columns = "select p.id, p.pseudonym, p.tenant_id, p.age_band, p.postcode_area, p.rung, p.isco_codes, "
                + "p.hours_per_week, p.signals, p.completeness, p.last_confirmed, m.total from (";
        String consultants = CONSULTANTS;
        String employers = EMPLOYERS;
        // the profiles of the page under the audience's conditions too, as the application states them on both tables
        String page = ") m join pool_profile p on p.id = m.profile_id where %s order by m.score desc, "
                + "m.last_confirmed desc, m.pseudonym";
        String consultantPage = page.formatted(onProfile(consultants));
        String employerPage = page.formatted(onProfile(employers));
        // the postcode areas within 15 km of 7511 and their distances, as the portal lists them for the query,
        // with their distance points (20 × (1 − km ÷ 15), rounded), worked out once per area, not per row
        Map<String, Integer> reach = new java.util.HashMap<>();
        areas.within(areas.centroid("7511").orElseThrow(), 15)
                .forEach((area, km) -> reach.put(area, (int) Math.round(20 * (1 - km / 15))));
        String occupation = occupationPage(reach, reach.keySet());
        // no scoring: the page in the index's order, the count up to 1,001
        String ranked = "select k.profile_id, k.last_confirmed, k.pseudonym, k.rank as score, (select count(*) from "
                + "(select 1 from pool_search_key k where %1$s and %2$s limit 1001) c) as total from pool_search_key k "
                + "where %1$s and %2$s order by k.rank desc, k.last_confirmed desc, k.pseudonym limit 20";
        String text = "k.kind = 'W' and k.key = 'heftruck'";
        String signal = "k.kind = 'V' and k.key = 'LOONKOSTENSUBSIDIE' and k.rung between 2 and 3";
        return List.of(
                new Search("occupation (minor group of 9621) + within 15 km of 7511 + 24-40 hours",
                        new PoolQuery("9621", OccupationScope.BEROEPSGROEP, List.of(), 24, 40, "7511", 15, null, null,
                                Set.of(), null, null, false, ""),
                        columns + occupation.formatted(consultants, consultants) + consultantPage,
                        columns + occupation.formatted(employers, employers) + employerPage,
                        audience -> byBands(reach, audience, columns, page.formatted(onProfile(audience)))),
                new Search("full text 'heftruck'",
                        new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null, null, null,
                                null, Set.of(), null, null, false, "heftruck"),
                        columns + ranked.formatted(consultants, text) + consultantPage,
                        columns + ranked.formatted(employers, text) + employerPage, null),
                new Search("signal loonkostensubsidie + rung 2-3",
                        new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null, null, 2, 3,
                                Set.of(SupportSignal.LOONKOSTENSUBSIDIE), null, null, false, ""),
                        columns + ranked.formatted(consultants, signal) + consultantPage,
                        columns + ranked.formatted(employers, signal) + employerPage, null));
    }

    /** An audience condition on the key rows ({@code k.}) stated on the profile ({@code p.}). */
    static String onProfile(String audience) {
        return audience.replace("k.", "p.");
    }

    /** The matches of the occupation search in some of the areas in reach ({@code %s}: the audience condition). */
    static String occupationMatches(java.util.Collection<String> read) {
        return "%s and k.kind = 'G' and k.key = '962' and k.postcode_area = any('{" + String.join(",", read)
                + "}') and k.hours_per_week between 24 and 40";
    }

    /**
     * The best 20 of the occupation search among the matches in the areas {@code read}, by a top-N sort over their
     * integer scores; the count of the matches in every area in reach beside it, up to 1,001.
     */
    static String occupationPage(Map<String, Integer> reach, java.util.Collection<String> read) {
        String values = reach.entrySet().stream().map(e -> "('" + e.getKey() + "', " + e.getValue() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return "select k.profile_id, k.last_confirmed, k.pseudonym, (case when k.isco_codes @> '{9621}' "
                + "then 40 else 25 end + r.points + k.rank) as score, (select count(*) from (select 1 from "
                + "pool_search_key k where " + occupationMatches(reach.keySet()) + " limit 1001) c) as total "
                + "from pool_search_key k join (values " + values + ") r(area, points) on r.area = k.postcode_area "
                + "where " + occupationMatches(read) + " order by score desc, k.last_confirmed desc, k.pseudonym limit 20";
    }

    /**
     * The occupation search by hand, band by band: the areas of equal distance points nearest first, each for its
     * best 20 matches in the page's order, until the next band's best possible score (its points + 40 + 10) is below
     * the 20th found; then the page of the matches read (literal rows) with their profiles, and the count of the
     * matches in every area in reach beside it, up to 1,001.
     */
    Object byBands(Map<String, Integer> reach, String audience, String columns, String page) {
        java.util.SortedMap<Integer, List<String>> bands = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reach.forEach((area, points) -> bands.computeIfAbsent(points, band -> new ArrayList<>()).add(area));
        return transaction.execute(status -> {
            java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>();
            List<String> read = new ArrayList<>();
            for (var band : bands.entrySet()) {
                if (best.size() == 20 && band.getKey() + 50 < best.peek()) {
                    break;
                }
                String rows = "select k.profile_id, case when k.isco_codes @> '{9621}' then 40 else 25 end + "
                        + band.getKey() + " + k.rank as score, k.last_confirmed, k.pseudonym from pool_search_key k"
                        + " where " + occupationMatches(band.getValue()).formatted(audience)
                        + " order by score desc, k.last_confirmed desc, k.pseudonym limit 20";
                for (Map<String, Object> row : jdbc.sql(rows).query().listOfRows()) {
                    int score = ((Number) row.get("score")).intValue();
                    best.add(score);
                    if (best.size() > 20) {
                        best.poll();
                    }
                    read.add("('%s'::uuid, %d, date '%s', '%s')".formatted(row.get("profile_id"), score,
                            row.get("last_confirmed"), row.get("pseudonym")));
                }
            }
            String total = "(select count(*) from (select 1 from pool_search_key k where "
                    + occupationMatches(reach.keySet()).formatted(audience) + " limit 1001) c)";
            String sql = "select m.*, " + total + " as total from (values " + String.join(", ", read)
                    + ") m(profile_id, score, last_confirmed, pseudonym) order by m.score desc, m.last_confirmed desc,"
                    + " m.pseudonym limit 20";
            return jdbc.sql(columns + sql + page).query().listOfRows();
        });
    }

    /**
     * p50, p95 and p99 in milliseconds of each way over {@link #RUNS} timed rounds, after a quarter as many (at most
     * 30) that warm the caches; each round runs every way once, starting with the next way each round.
     */
    /** p50, p95 and p99 in milliseconds over {@link #RUNS} timed runs, after a quarter as many (at most 30) that warm the caches. */
    static double[] measure(Supplier<Object> work) {
        return measureInTurn(List.of(work))[0];
    }

    static double[][] measureInTurn(List<Supplier<Object>> ways) {
        int warm = Math.min(30, RUNS / 4);
        double[][] times = new double[ways.size()][RUNS];
        for (int round = 0; round < warm + RUNS; round++) {
            for (int i = 0; i < ways.size(); i++) {
                int way = (round + i) % ways.size();
                long began = System.nanoTime();
                ways.get(way).get();
                if (round >= warm) {
                    times[way][round - warm] = (System.nanoTime() - began) / 1e6;
                }
            }
        }
        return java.util.Arrays.stream(times).map(run -> {
            double[] sorted = run.clone();
            java.util.Arrays.sort(sorted);
            return new double[]{percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)};
        }).toArray(double[][]::new);
    }

    /**
     * Which statements the connection of the next transaction holds prepared, with how often PostgreSQL planned them
     * for their parameters (custom) and how often it ran its one cached plan (generic): a statement planned on every
     * execution pays its planning each time.
     */
    void planCache(String name) {
        TenantContext.callAs("enschede", () -> transaction.execute(status -> {
            jdbc.sql("select generic_plans, custom_plans, left(regexp_replace(statement, '\\s+', ' ', 'g'), 160) as sql"
                    + " from pg_prepared_statements where generic_plans + custom_plans > 20"
                    + " order by generic_plans + custom_plans desc limit 12").query().listOfRows()
                    .forEach(row -> System.out.println("PLANS " + name + ": generic " + row.get("generic_plans")
                            + ", custom " + row.get("custom_plans") + ": " + row.get("sql")));
            return null;
        }));
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    Object raw(String tenant, String sql) {
        Supplier<Object> work = () -> transaction.execute(status -> jdbc.sql(sql).query().listOfRows());
        return tenant == null ? as(employer, work) : TenantContext.callAs(tenant, work);
    }

    List<String> explain(String tenant, String sql) {
        return TenantContext.callAs(tenant, () -> transaction.execute(status ->
                jdbc.sql("explain (analyze, buffers, costs off, timing off) " + sql).query(String.class).list()));
    }

    static String extra(String name, double[] path, double[] separate, double[] raw) {
        return "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |".formatted(name, path[0], path[1],
                separate[0], separate[1], raw[0], raw[1], path[1] / raw[1], separate[1] / raw[1]);
    }

    static String row(int size, String name, double[] app, double[] path, double[] raw) {
        return "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |".formatted(size, name,
                app[0], app[1], app[2], path[0], path[1], path[2], raw[0], raw[1], raw[2], path[1] / raw[1]);
    }

    /**
     * The application's query path without the service around it: the generated SQL under row-level security in the
     * portal's transaction (with its settings), mapped to hits; no method security, quota charge or audit line.
     * {@code separateRoundTrip}: with a {@code set local plan_cache_mode} of its own before it, as the query path ran
     * before update 6 (the setting then goes twice, the second time in the statement's flight: the same round trips
     * as before).
     */
    Object queryPath(String tenant, PoolQuery query, boolean separateRoundTrip) {
        PostcodeAreas.Centroid centroid = query.distance()
                ? areas.centroid(java.util.Objects.requireNonNull(query.postcodeArea())).orElseThrow() : null;
        LocalDate today = LocalDate.now(clock);
        PoolSearchSql.Names names = new PoolSearchSql.Names(id -> directory.find(id).map(Tenant::shortName).orElse(id),
                code -> occupations.find(code).map(Occupation::title));
        Supplier<Object> work = () -> transaction.execute(status -> {
            if (separateRoundTrip) {
                // the three searches here all ran with generic plans (index order, distance bands)
                jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            }
            return sql.search(query, centroid, tenant == null ? PoolSearchSql.Viewer.employer(today)
                    : PoolSearchSql.Viewer.consultant(tenant, today), 0, 20, names);
        });
        return tenant == null ? as(employer, work) : TenantContext.callAs(tenant, work);
    }

    /**
     * Generates {@code count} profiles from the seeded random and copies them in as the owner role: the owner lifts
     * FORCE ROW LEVEL SECURITY for the load (COPY refuses a table under RLS) and sets it again at once.
     */
    void load(Random random, int offset, int count) throws Exception {
        List<String> tenants = directory.tenants().stream().map(Tenant::id).toList();
        List<String> codes = occupations.all().stream().map(Occupation::iscoCode).toList();
        List<String[]> areas = areas();
        LocalDate today = LocalDate.now(clock);
        // the embedded database keeps its files: a run on the same day after a run at the same sizes finds the
        // profiles there (the seeded random is moved on past them, so later sizes get the same rows as ever)
        int present;
        try (Connection connection = owner.getConnection()) {
            // the owner too is under FORCE ROW LEVEL SECURITY: lifted for this count, and rolled back
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table pool_profile no force row level security");
                try (var found = statement.executeQuery("select count(*) from pool_profile where pseudonym between '"
                        + PoolProfileGenerator.pseudonym(offset) + "' and '"
                        + PoolProfileGenerator.pseudonym(offset + count - 1) + "'")) {
                    found.next();
                    present = found.getInt(1);
                }
            }
            connection.rollback();
        }
        if (present >= count) {   // (the demo's own profiles may share the range)
            for (int i = 0; i < count; i++) {
                PoolProfileGenerator.row(random, offset + i, directory.region().id(), tenants, codes, areas,
                        occupations, today);
            }
            System.out.printf("found the %,d profiles of an earlier run%n", count);
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table pool_profile no force row level security");
                statement.execute("alter table pool_search_key no force row level security");
                // the key rows' trigger counts the employers' group rows (pool-012) under the region's policy
                statement.execute("alter table pool_employer_group_count no force row level security");
                // the trigger writes the key rows one profile at a time; for a load they are written in one go below
                statement.execute("alter table pool_profile disable trigger pool_search_keys");
            }
            for (int from = 0; from < count; from += CHUNK) {
                StringBuilder data = new StringBuilder(CHUNK * 320);
                for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                    data.append(PoolProfileGenerator.row(random, offset + i, directory.region().id(), tenants, codes,
                            areas, occupations, today)).append('\n');
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(PoolProfileGenerator.COPY,
                        new StringReader(data.toString()));
            }
            try (var statement = connection.createStatement()) {
                statement.execute("alter table pool_profile enable trigger pool_search_keys");
                // millions of key rows: the indexes are built once afterwards (as the changelog defines them)
                // rather than kept up to date row by row
                List<String> indexes = new ArrayList<>();
                try (var found = statement.executeQuery("select indexname, indexdef from pg_indexes "
                        + "where tablename = 'pool_search_key'")) {
                    while (found.next()) {
                        indexes.add(found.getString(2));
                        try (var drop = connection.createStatement()) {
                            drop.execute("drop index " + found.getString(1));
                        }
                    }
                }
                statement.execute("insert into pool_search_key select k.* from pool_profile p, pool_search_keys_of(p) k"
                        + " where p.pseudonym between '" + PoolProfileGenerator.pseudonym(offset) + "' and '"
                        + PoolProfileGenerator.pseudonym(offset + count - 1) + "'");
                statement.execute("set maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
                statement.execute("alter table pool_profile force row level security");
                statement.execute("alter table pool_search_key force row level security");
                statement.execute("alter table pool_employer_group_count force row level security");
            }
            connection.commit();
        }
        // index-only scans of the key rows need the visibility map that vacuum writes (autovacuum would, later)
        JdbcClient.create(owner).sql("vacuum analyze pool_search_key").update();
        System.out.printf("loaded %,d profiles in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
    }

    static List<String[]> areas() throws java.io.IOException {
        String file = new ClassPathResource("pool/postcode-areas.csv").getContentAsString(StandardCharsets.UTF_8);
        return file.lines().filter(line -> !line.startsWith("#")).skip(1).map(line -> line.split(";")).toList();
    }
}
