package nl.werkbrug.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;

/**
 * The caseload query at 5,000 and 50,000 files in one municipality: the real service ({@link Caseloads#page}: JPA
 * specification, tenant filter, row-level security) against the same query written by hand in SQL over JDBC, in a
 * transaction with {@code app.tenant_id} set. Not a test: its name is not one Surefire picks up, and it runs only with
 * {@code -Dwerkbrug.bench=true} (see {@code bench/caseload.sh}). Writes a Markdown table to
 * {@code target/bench/caseload.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "werkbrug.bench", matches = "true")
class CaseloadBenchmark {

    static final String TENANT = "enschede";
    static final String ME = "consulent.enschede";
    static final int RUNS = Integer.getInteger("werkbrug.bench.runs", 200);
    static final int WARM_UP = 30;

    @Autowired
    Caseloads caseloads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    LoggingSystem logging;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    final PortalUser me = consultant(ME, TENANT);

    /**
     * One caseload query both ways. {@code sql}: the hand-written page query (count queries: the count itself);
     * {@code countSql}: the total the page shows, as the service's {@code Page} counts it (none for a count).
     */
    record Query(String name, Supplier<Object> service, String sql, @Nullable String countSql,
                 Map<String, Object> params) {

        static Query page(String name, Supplier<Object> service, String where, String order,
                          Map<String, Object> params) {
            return new Query(name, service, COLUMNS + where + " " + order, "select count(*) from candidate_file f " + where,
                    params);
        }
    }

    static final String COLUMNS = "select f.id, f.file_number, f.given_name, f.family_name, f.ladder_rung, "
            + "f.consultant_username, f.last_contact_on, f.trajectory_status, f.status, f.created_at "
            + "from candidate_file f ";

    @Test
    void caseload_query_at_5000_and_50000_files() throws Exception {
        List<String> rows = new ArrayList<>();
        int loaded = 0;
        // Other municipalities get files too, so the tenant filter and RLS have something to keep out.
        load("hengelo", 5_000);
        load("hellendoorn", 2_000);
        for (int size : new int[]{5_000, 50_000}) {
            load(TENANT, size - loaded);
            loaded = size;
            analyse();
            for (Query query : queries()) {
                rows.add(row(size, query));
                if (size == 50_000) {
                    showSql(query);
                    explain(query);
                }
            }
        }
        String table = "| files in tenant | query | service p50 (ms) | service p95 | service max | raw SQL p50 (ms) "
                + "| raw SQL p95 | raw SQL max |\n|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println("\n" + table);
        Path out = Path.of("target/bench/caseload.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    List<Query> queries() {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.minusWeeks(6); // Enschede's contact interval: 6 weeks
        CaseloadFilter team = new CaseloadFilter(CaseloadFilter.Scope.TEAM, null, null, null, null, false, null, false);
        return List.of(
                Query.page("my files by name, page 1 of 50",
                        () -> caseloads.page(CaseloadFilter.MINE, PageRequest.of(0, 50, Sort.by("familyName"))),
                        "where status = 'OPEN' and (consultant_username = :me or :me = any(involved))",
                        "order by lower(family_name), id limit 50",
                        Map.of("me", ME)),
                Query.page("team, rung 3, by name",
                        () -> caseloads.page(new CaseloadFilter(CaseloadFilter.Scope.TEAM, null, 3, null, null, false,
                                null, false), PageRequest.of(0, 50, Sort.by("familyName"))),
                        "where status = 'OPEN' and ladder_rung = 3", "order by lower(family_name), id limit 50",
                        Map.of()),
                Query.page("team, flag statushouder + obstacle taal",
                        () -> caseloads.page(new CaseloadFilter(CaseloadFilter.Scope.TEAM, null, null,
                                DoelgroepFlag.STATUSHOUDER, Obstacle.TAAL, false, null, false),
                                PageRequest.of(0, 50, Sort.by("familyName"))),
                        "where status = 'OPEN' and exists (select 1 from candidate_flag g where g.file_id = f.id "
                                + "and g.flag = 'STATUSHOUDER' and g.valid_from <= :today and (g.valid_until is null "
                                + "or g.valid_until >= :today)) and exists (select 1 from candidate_obstacle o "
                                + "where o.file_id = f.id and o.obstacle = 'TAAL' and o.valid_from <= :today "
                                + "and (o.valid_until is null or o.valid_until >= :today))",
                        "order by lower(family_name), id limit 50",
                        Map.of("today", today)),
                Query.page("team, not seen in 6 weeks",
                        () -> caseloads.page(new CaseloadFilter(CaseloadFilter.Scope.TEAM, null, null, null, null, true,
                                null, false), PageRequest.of(0, 50, Sort.by("familyName"))),
                        "where status = 'OPEN' and (last_contact_on < :due or (last_contact_on is null "
                                + "and created_at < :dueAt))", "order by lower(family_name), id limit 50",
                        Map.of("due", due, "dueAt", java.sql.Timestamp.valueOf(due.atStartOfDay()))),
                Query.page("team by last contact, page 20",
                        () -> caseloads.page(team, PageRequest.of(19, 50, Sort.by("lastContactOn"))),
                        "where status = 'OPEN'", "order by last_contact_on, id limit 50 offset 950",
                        Map.of()),
                new Query("count: team, rung 3",
                        () -> caseloads.count(new CaseloadFilter(CaseloadFilter.Scope.TEAM, null, 3, null, null, false,
                                null, false)),
                        "select count(*) from candidate_file where status = 'OPEN' and ladder_rung = 3", null, Map.of()));
    }

    String row(int size, Query query) {
        double[] service = measure(() -> as(me, TENANT, query.service()));
        double[] raw = measure(() -> TenantContext.callAs(TENANT, () -> transaction.execute(status -> {
            var statement = jdbc.sql(query.sql());
            for (var param : query.params().entrySet()) {
                statement = statement.param(param.getKey(), param.getValue());
            }
            List<Map<String, Object>> page = statement.query().listOfRows();
            String countSql = query.countSql();
            if (countSql != null) {
                var count = jdbc.sql(countSql);
                for (var param : query.params().entrySet()) {
                    count = count.param(param.getKey(), param.getValue());
                }
                count.query(Long.class).single();
            }
            return page;
        })));
        return "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(size, query.name(),
                service[0], service[1], service[2], raw[0], raw[1], raw[2]);
    }

    /** Runs the service's query once with Hibernate's SQL in the log, to compare it with the hand-written one. */
    void showSql(Query query) {
        logging.setLogLevel("org.hibernate.SQL", LogLevel.DEBUG);
        try {
            as(me, TENANT, query.service());
        } finally {
            logging.setLogLevel("org.hibernate.SQL", null);
        }
    }

    /** The plan of the hand-written query, printed for the record (docs/benchmarks.md). */
    void explain(Query query) {
        List<String> plan = TenantContext.callAs(TENANT, () -> transaction.execute(status -> {
            var statement = jdbc.sql("explain (analyze, costs off, timing off) " + query.sql());
            for (var param : query.params().entrySet()) {
                statement = statement.param(param.getKey(), param.getValue());
            }
            return statement.query(String.class).list();
        }));
        System.out.println("EXPLAIN " + query.name() + "\n" + String.join("\n", plan));
    }

    /** p50, p95 and max in milliseconds over {@link #RUNS} runs after {@link #WARM_UP} unmeasured ones. */
    static double[] measure(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[]{millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]};
    }

    /** Fresh planner statistics after a load, as autovacuum would give them; only the owner may analyse. */
    void analyse() {
        JdbcClient.create(owner).sql("analyze candidate_file, candidate_flag, candidate_obstacle, candidate_ladder_step")
                .update();
    }

    /**
     * Adds {@code count} files to a municipality in a few set-based statements as the application role (RLS checks
     * each row against {@code app.tenant_id}): rungs as Hengelo's 5.9.7, ten consultants, last contacts spread over
     * four months, 8% closed, and flags and obstacles in the shares the demo generator uses.
     */
    void load(String tenant, int count) {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("files", """
                insert into candidate_file (tenant_id, file_number, given_name, family_name, consultant_username,
                    ladder_rung, created_at, status, closed_on, last_contact_on, trajectory_status, birth_date,
                    benefit, created_by)
                select current_setting('app.tenant_id'), 'BENCH-' || (:offset + g),
                    (array['Jan','Anna','Mohammed','Fatima','Peter','Linda','Yonas','Sanne','Kevin','Emma'])[1 + g % 10],
                    (array['de Jong','Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Meijer','Mulder',
                           'Bos','Vos','Peters','Kok','Haddad','Tesfay','Nijhuis','Kamphuis','Wolters','Pool','Kaya'])
                        [1 + (random() * 19)::int] || ' ' || (g % 997),
                    case when g % 10 = 0 then 'consulent.enschede' else 'bench.consulent.' || (g % 10) end,
                    case when r < 0.013 then null when r < 0.040 then 1 when r < 0.262 then 2 when r < 0.550 then 3
                         when r < 0.745 then 4 when r < 0.926 then 5 else 6 end,
                    now() - (random() * 2000 || ' days')::interval,
                    case when c < 0.08 then 'CLOSED' else 'OPEN' end,
                    case when c < 0.08 then current_date - (random() * 300)::int end,
                    case when random() < 0.05 then null else current_date - (random() * 120)::int end,
                    (array['NONE','NONE','ACTIVE','ENDED'])[1 + (random() * 3)::int],
                    current_date - (18 * 365 + random() * 48 * 365)::int, 'PARTICIPATIEWET', 'bench'
                from (select g, random() as r, random() as c from generate_series(1, :count) g) s
                """);
        statements.put("flags", """
                insert into candidate_flag (tenant_id, file_id, flag, valid_from, recorded_by)
                select tenant_id, id, 'STATUSHOUDER', current_date - 400, 'bench' from candidate_file
                where file_number like 'BENCH-%' and id % 6 = 0 and not exists
                    (select 1 from candidate_flag f where f.file_id = candidate_file.id)
                """);
        statements.put("obstacles", """
                insert into candidate_obstacle (tenant_id, file_id, obstacle, valid_from, recorded_by)
                select tenant_id, id, o, current_date - 300, 'bench'
                from candidate_file, unnest(array['LAGE_OPLEIDING','FYSIEK','SOCIAAL','PSYCHISCH','GEEN_WERKERVARING',
                    'LEEFTIJD','ZORGTAKEN','TAAL']) o
                where file_number like 'BENCH-%' and random() < 0.22 and not exists
                    (select 1 from candidate_obstacle x where x.file_id = candidate_file.id)
                """);
        statements.put("ladder", """
                insert into candidate_ladder_step (tenant_id, file_id, rung, assessed_on, assessor, recorded_at)
                select tenant_id, id, ladder_rung, created_at::date, 'bench', created_at from candidate_file
                where file_number like 'BENCH-%' and ladder_rung is not null and not exists
                    (select 1 from candidate_ladder_step x where x.file_id = candidate_file.id)
                """);
        int offset = TenantContext.callAs(tenant, () -> transaction.execute(status ->
                jdbc.sql("select count(*) from candidate_file where file_number like 'BENCH-%'")
                        .query(Integer.class).single()));
        long start = System.nanoTime();
        TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> statements.forEach((name, sql) -> {
            var statement = jdbc.sql(sql);
            if (name.equals("files")) {
                statement = statement.param("offset", offset).param("count", count);
            }
            statement.update();
        })));
        System.out.printf("loaded %,d files into %s in %d ms%n", count, tenant, (System.nanoTime() - start) / 1_000_000);
    }
}
