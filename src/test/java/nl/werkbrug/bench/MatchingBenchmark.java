package nl.werkbrug.bench;

import static nl.werkbrug.support.TestUsers.as;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.EmployerOrganisations;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyDraft;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.matching.CandidateFacts;
import nl.werkbrug.matching.Match;
import nl.werkbrug.matching.MatchScorer;
import nl.werkbrug.matching.VacancyFacts;
import nl.werkbrug.pool.PoolCandidates;
import nl.werkbrug.matching.Matching;
import nl.werkbrug.pool.internal.PoolSearchSql;
import nl.werkbrug.pool.internal.PostcodeAreas;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ranking the pool for a vacancy (top 50 with the points per criterion) at 100,000 and 1,000,000 synthetic profiles
 * (the pool benchmark's seeded generator and loader): {@link Matching#candidatesFor} as an employer's user (method
 * security, the vacancy, the candidate set through the pool's key rows under row-level security, quota charge,
 * audit, scoring in Java) against the best hand-written SQL computing the same score in the database, in one run.
 * Not a test: runs only with {@code -Dwerkbrug.bench=true} (see {@code bench/matching.sh}). Writes
 * {@code target/bench/matching.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "werkbrug.bench", matches = "true")
class MatchingBenchmark {

    @Autowired
    ApplicationContext portal;
    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    @Test
    void ranking_for_a_vacancy_at_100000_and_1000000_profiles() throws Exception {
        Matching matching = portal.getBean(Matching.class);
        Vacancies vacancies = portal.getBean(Vacancies.class);
        TransactionTemplate transaction = portal.getBean(TransactionTemplate.class);
        JdbcClient jdbc = portal.getBean(JdbcClient.class);
        Clock clock = portal.getBean(Clock.class);
        // the pool benchmark's loader, on this portal's beans
        PoolBenchmark loader = new PoolBenchmark();
        loader.occupations = portal.getBean(Occupations.class);
        loader.directory = portal.getBean(TenantDirectory.class);
        loader.owner = owner;
        loader.clock = clock;
        PortalUser employer = company();
        LocalDate start = LocalDate.now(clock).plusDays(14);
        VacancyDetail vacancy = as(employer, () -> vacancies.create(new VacancyDraft("Lasser (benchmark)",
                "Je last frames.", "7212", new BigDecimal("32"), "7554 RR", "Hengelo", ContractType.PERMANENT, null,
                start, start.plusMonths(1), "", "lassen, solderen, heftruck", "", 1, false, false)));
        String sql = handWritten(start, LocalDate.now(clock));
        List<String> rows = new ArrayList<>();
        String plan = "";
        Random random = new Random(PoolBenchmark.SEED);
        int loaded = 0;
        for (int size : PoolBenchmark.SIZES) {
            loader.load(random, loaded, size - loaded);
            loaded = size;
            JdbcClient.create(owner).sql("vacuum analyze pool_profile").update();
            JdbcClient.create(owner).sql("vacuum analyze pool_search_key").update();
            double[] app = PoolBenchmark.measure(() -> as(employer, () -> matching.candidatesFor(vacancy.id())));
            // the hand-written ranking with the same planner settings as the application's (parallel workers)
            double[] raw = PoolBenchmark.measure(() -> as(employer, () -> transaction.execute(status -> {
                jdbc.sql(PoolSearchSql.PARALLEL_RANKING).query().singleRow();
                return jdbc.sql(sql).query().listOfRows();
            })));
            List<String> appKeys = as(employer, () -> matching.candidatesFor(vacancy.id())).orElseThrow().matches()
                    .stream().map(Match::key).toList();
            List<String> rawKeys = as(employer, () -> transaction.execute(status ->
                    jdbc.sql(sql).query((rs, row) -> rs.getString("pseudonym")).list()));
            int considered = as(employer, () -> matching.candidatesFor(vacancy.id())).orElseThrow().considered();
            List<String> javaKeys = as(employer, () -> javaOnly(vacancy, start));
            String row = "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %s |".formatted(size,
                    considered, app[0], app[1], app[2], raw[0], raw[1], raw[2], app[1] / raw[1],
                    (appKeys.equals(rawKeys) ? "same 50" : "differs") + " / "
                            + (appKeys.equals(javaKeys) ? "same 50" : "differs"));
            rows.add(row);
            System.out.println("ROW " + row);
            List<String> explained = as(employer, () -> transaction.execute(status -> {
                jdbc.sql(PoolSearchSql.PARALLEL_RANKING).query().singleRow();
                return jdbc.sql("explain (analyze, buffers, costs off, timing off) " + sql).query(String.class).list();
            }));
            plan = String.join("\n", explained);
        }
        String table = "| profiles | candidate set (employer) | application p50 (ms) | p95 | p99 | raw SQL p50 (ms) "
                + "| p95 | p99 | application p95 / raw p95 | top 50: = raw SQL / = Java over the whole set |\n|---|---|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\n#### Hand-written SQL at " + "%,d".formatted(loaded)
                + " profiles\n\n```\n" + plan + "\n```\n";
        System.out.println("\n" + table);
        Path out = Path.of("target/bench/matching.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** The reference: every profile of the group read and scored in Java with the weights, the best 50 by key. */
    List<String> javaOnly(VacancyDetail vacancy, LocalDate start) {
        PoolCandidates pool = portal.getBean(PoolCandidates.class);
        MatchScorer scorer = portal.getBean(MatchScorer.class);
        VacancyFacts facts = new VacancyFacts("v", "7212", List.of("lassen", "solderen", "heftruck"),
                vacancy.hoursPerWeek(), "7554", start, null, null, false);
        List<Match> all = pool.inOccupationGroup("7212", 50, "benchmark").stream().map(p -> new CandidateFacts(
                p.pseudonym(), p.iscoCodes(), p.skills(), p.hoursPerWeek(), p.postcodeArea(), p.travelKm(),
                p.availableFrom(), p.education(), p.drivingLicence(), p.signals()))
                .map(c -> scorer.score(facts, c, pool.kilometres("7554", c.postcodeArea()).orElse(null), c.key()))
                .toList();
        return MatchScorer.top(all, 50).stream().map(Match::key).toList();
    }

    PortalUser company() {
        AtomicLong id = new AtomicLong();
        EmployerOrganisations employers = portal.getBean(EmployerOrganisations.class);
        SystemTask.run(() -> id.set(employers.ensureRegistered("87654321", "Benchmark Metaal B.V.", "Hengelo",
                new EmployerOrganisations.Contact("Bench", "bench@metaal.example", "074 000 0009"))));
        return new PortalUser("bench.matching", "bench.matching", Map.of(), Map.of(),
                new EmployerMembership(id.get(), EmployerRole.EMPLOYER_ADMIN), null);
    }

    /**
     * The same ranking by hand: the employer's audience on the key rows of minor group 721, which carry every input
     * (pool-008), the score of weights v1 per criterion in SQL in whole tenths of a point, rounded half up (education
     * and driving licence not stated by the vacancy), the best 50 by total and pseudonym, each with its points per
     * criterion.
     */
    String handWritten(LocalDate start, LocalDate today) {
        PostcodeAreas areas = portal.getBean(PostcodeAreas.class);
        Map<String, Double> from = areas.within(areas.centroid("7554").orElseThrow(), 1_000);
        String distances = from.entrySet().stream().map(e -> "('" + e.getKey() + "', " + e.getValue() + "::float8)")
                .collect(Collectors.joining(", "));
        return """
                with c as (
                  select k.pseudonym, k.skills,
                    case when k.isco_codes @> '{7212}' then 300 else 180 end as occupation,
                    (400 * ((k.skills @> '{lassen}')::int + (k.skills @> '{solderen}')::int
                        + (k.skills @> '{heftruck}')::int) + 3) / 6 as skills_points,
                    case when k.hours_per_week > 0 then (200 * least(k.hours_per_week * 10, 320)
                        + greatest(k.hours_per_week * 10, 320)) / (2 * greatest(k.hours_per_week * 10, 320))
                        else 0 end as hours,
                    case when d.km <= coalesce(nullif(k.travel_km, 0), 25)
                        then floor(150 * (1 - d.km / coalesce(nullif(k.travel_km, 0), 25)) + 0.5)::int else 0 end as distance,
                    case when k.available_from <= date '%1$s' then 100
                         when k.available_from <= date '%1$s' + 30 then 50 else 0 end as availability,
                    case when k.signals && '{LOONKOSTENSUBSIDIE,JOBCOACH,PROEFPLAATSING,WERKPLEKAANPASSING}'
                         then 50 else 0 end as support
                  from pool_search_key k
                  left join (values %2$s) d(area, km) on d.area = k.postcode_area
                  where k.region_id = current_setting('app.region_id') and k.consent_employers
                    and k.employer_visible_until >= date '%3$s' and k.kind = 'G' and k.key = '721')
                select *, occupation + skills_points + hours + distance + availability + support as total
                from c order by total desc, pseudonym limit 50""".formatted(start, distances, today);
    }
}
