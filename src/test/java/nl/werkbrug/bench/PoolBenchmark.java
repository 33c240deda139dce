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

    final PortalUser consultant = consultant("bench.consulent", "enschede");
    final PortalUser employer = new PortalUser("bench.werkgever", "bench.werkgever", Map.of(), Map.of(),
            new EmployerMembership(1L, EmployerRole.EMPLOYER_USER), null);

    /** A typical search: the query through the service, and the best SQL by hand for the same page. */
    record Search(String name, PoolQuery query, String consultantSql, String employerSql) {
    }

    @Test
    void pool_search_at_100000_and_1000000_profiles() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        Random random = new Random(SEED);
        int loaded = 0;
        for (int size : SIZES) {
            load(random, loaded, size - loaded);
            loaded = size;
            JdbcClient.create(owner).sql("analyze pool_profile").update();
            for (Search s : searches()) {
                double[] app = measure(() -> as(consultant, "enschede", () -> search.search(s.query(), 0, 20)));
                double[] raw = measure(() -> raw("enschede", s.consultantSql()));
                double[] appEmployer = measure(() -> as(employer, () -> search.search(s.query(), 0, 20)));
                double[] rawEmployer = measure(() -> raw(null, s.employerSql()));
                rows.add(row(size, s.name() + ", consultant", app, raw));
                rows.add(row(size, s.name() + ", employer", appEmployer, rawEmployer));
                System.out.println("ROW " + rows.get(rows.size() - 2) + "\nROW " + rows.get(rows.size() - 1));
                if (size == SIZES[SIZES.length - 1]) {
                    plans.add("#### " + s.name() + " (consultant, hand-written SQL)\n\n```\n"
                            + String.join("\n", explain("enschede", s.consultantSql())) + "\n```\n");
                }
            }
        }
        String table = "| profiles | search | app p50 (ms) | app p95 | app p99 | raw SQL p50 (ms) | raw p95 | raw p99 "
                + "| app p95 / raw p95 |\n|---|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n"
                + String.join("\n", plans);
        System.out.println("\n" + table);
        Path out = Path.of("target/bench/pool.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    List<Search> searches() {
        String columns = "select p.id, p.pseudonym, p.tenant_id, p.age_band, p.postcode_area, p.rung, p.isco_codes, "
                + "p.skills, p.education, p.languages, p.hours_per_week, p.available_from, p.travel_km, "
                + "p.driving_licence, p.signals, p.completeness, p.last_confirmed";
        String consultants = " where p.region_id = current_setting('app.region_id') and (p.tenant_id = 'enschede' or p.consent_consultants)";
        String employers = " where p.region_id = current_setting('app.region_id') and p.consent_employers "
                + "and p.employer_visible_until >= (now() at time zone 'Europe/Amsterdam')::date";
        // 7511 Enschede: 52.2208328, 6.9044681 (pool/postcode-areas.csv); 15 km is 15 / 111.1951 = 0.1349 degrees of
        // latitude, 15 / (111.1951 x cos(52.2208) = 0.61262) = 0.2202 of longitude there; the box rounded outwards
        String distance = "2 * 6371.0088 * asin(sqrt(power(sin(radians(p.latitude - 52.2208328) / 2), 2) + cos(radians(52.2208328)) "
                + "* cos(radians(p.latitude)) * power(sin(radians(p.longitude - 6.9044681) / 2), 2)))";
        String occupation = " and p.isco_minor_groups @> '{962}' and p.hours_per_week between 24 and 40"
                + " and p.latitude between 52.0859 and 52.3558 and p.longitude between 6.6842 and 7.1247 and "
                + distance + " <= 15";
        String occupationOrder = ", count(*) over () from pool_profile p%s" + occupation + " order by (case when "
                + "p.isco_codes @> '{9621}' then 40 else 25 end + round(20 * (1 - " + distance + " / 15))::int "
                + "+ p.completeness / 10) desc, p.last_confirmed desc, p.pseudonym limit 20";
        String text = ", count(*) over () from pool_profile p%s and p.search_vector @@ websearch_to_tsquery('dutch', "
                + "'heftruck') order by p.completeness / 10 desc, p.last_confirmed desc, p.pseudonym limit 20";
        String signal = ", count(*) over () from pool_profile p%s and p.signals @> '{LOONKOSTENSUBSIDIE}' and "
                + "p.rung between 2 and 3 order by p.completeness / 10 desc, p.last_confirmed desc, p.pseudonym limit 20";
        return List.of(
                new Search("occupation (minor group of 9621) + within 15 km of 7511 + 24-40 hours",
                        new PoolQuery("9621", OccupationScope.BEROEPSGROEP, List.of(), 24, 40, "7511", 15, null, null,
                                Set.of(), null, null, false, ""),
                        columns + occupationOrder.formatted(consultants), columns + occupationOrder.formatted(employers)),
                new Search("full text 'heftruck'",
                        new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null, null, null,
                                null, Set.of(), null, null, false, "heftruck"),
                        columns + text.formatted(consultants), columns + text.formatted(employers)),
                new Search("signal loonkostensubsidie + rung 2-3",
                        new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null, null, 2, 3,
                                Set.of(SupportSignal.LOONKOSTENSUBSIDIE), null, null, false, ""),
                        columns + signal.formatted(consultants), columns + signal.formatted(employers)));
    }

    /** p50, p95 and p99 in milliseconds over {@link #RUNS} timed runs, after a quarter as many (at most 30) that warm the caches. */
    static double[] measure(Supplier<Object> work) {
        java.util.stream.IntStream.range(0, Math.min(30, RUNS / 4)).forEach(warm -> work.get());
        double[] sorted = java.util.stream.IntStream.range(0, RUNS).mapToDouble(run -> {
            long began = System.nanoTime();
            work.get();
            return (System.nanoTime() - began) / 1e6;
        }).sorted().toArray();
        return new double[]{percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)};
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

    static String row(int size, String name, double[] app, double[] raw) {
        return "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |".formatted(size, name, app[0], app[1],
                app[2], raw[0], raw[1], raw[2], app[1] / raw[1]);
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
        long start = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table pool_profile no force row level security");
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
                statement.execute("alter table pool_profile force row level security");
            }
            connection.commit();
        }
        System.out.printf("loaded %,d profiles in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
    }

    static List<String[]> areas() throws java.io.IOException {
        String file = new ClassPathResource("pool/postcode-areas.csv").getContentAsString(StandardCharsets.UTF_8);
        return file.lines().filter(line -> !line.startsWith("#")).skip(1).map(line -> line.split(";")).toList();
    }
}
