package nl.werkbrug.pool;

import static nl.werkbrug.pool.PoolProfiles.ENSCHEDE;
import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.PortalRoleSettings;
import nl.werkbrug.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool search's key rows (pool_search_key, kept by a trigger on pool_profile) on the real database: they follow
 * the profile and its consent in the same transaction, row-level security shows them only within consent, a search
 * whose order needs no scoring counts up to a thousand, and a profile found through several keys counts once.
 */
@IntegrationTest
class PoolSearchKeyTests {

    @Autowired
    PoolSearch search;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    final PortalUser enschede = consultant("pool.enschede", "enschede");

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    static PoolQuery query(@Nullable String code, OccupationScope scope, List<String> skills, String text) {
        return new PoolQuery(code, scope, skills, null, null, null, null, null, null, Set.of(), null, null, false, text);
    }

    @Test
    void a_search_counts_up_to_a_thousand_and_says_that_more_match_while_a_scored_one_still_ranks_every_match() {
        String marker = PoolProfiles.marker();
        profiles().copies(at("enschede", "7511", ENSCHEDE, List.of("5223"), List.of("verkopen"), 40), marker, 1_001);
        // completeness 90 scores 9, the copies 4: it comes first
        String best = profiles().insert(at("enschede", "7511", ENSCHEDE, List.of("5223"), List.of("verkopen"), 90),
                marker);

        PoolResults first = as(enschede, "enschede", () -> search.search(query(null, OccupationScope.BEROEP,
                List.of(), marker), 0, 20));
        PoolResults deep = as(enschede, "enschede", () -> search.search(query(null, OccupationScope.BEROEP,
                List.of(), marker), 990, 20));
        // with an occupation asked every match is scored: the best of 1,002 comes first, the count still stops
        PoolResults scored = as(enschede, "enschede", () -> search.search(query("5223", OccupationScope.BEROEP,
                List.of(), marker), 0, 20));

        assertThat(first.more()).isTrue();
        assertThat(first.total()).isEqualTo(1_000);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.hits().getFirst().profile().pseudonym()).isEqualTo(best);
        assertThat(deep.hits()).hasSize(12);
        assertThat(scored.more()).isTrue();
        assertThat(scored.total()).isEqualTo(1_000);
        assertThat(scored.hits().getFirst().profile().pseudonym()).isEqualTo(best);
    }

    @Test
    void a_profile_found_through_two_of_its_minor_groups_and_two_skills_counts_once_with_its_full_score() {
        String marker = PoolProfiles.marker();
        // 7411 (minor group 741) and 7126 (712), both major group 7; skills lassen and meten
        String both = profiles().insert(at("enschede", "7511", ENSCHEDE, List.of("7411", "7126"),
                List.of("lassen", "Meten"), 50), marker);

        PoolResults byMajorGroup = as(enschede, "enschede", () -> search.search(query("7411",
                OccupationScope.BEROEPSKLASSE, List.of("lassen", "meten"), marker), 0, 20));
        PoolResults bySkills = as(enschede, "enschede", () -> search.search(query(null,
                OccupationScope.BEROEPSGROEP, List.of("lassen", "meten"), marker), 0, 20));

        // same occupation 40 + all skills 30 * 2 / 2 = 30 + completeness 50 / 10 = 5
        assertThat(byMajorGroup.total()).isEqualTo(1);
        assertThat(byMajorGroup.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.profile().pseudonym()).isEqualTo(both);
            assertThat(hit.score()).isEqualTo(75);
        });
        // no occupation asked: 30 + 5
        assertThat(bySkills.total()).isEqualTo(1);
        assertThat(bySkills.hits()).singleElement().satisfies(hit -> assertThat(hit.score()).isEqualTo(35));
    }

    @Test
    void web_search_syntax_is_answered_by_the_full_text_and_plain_words_through_the_keys_alike() {
        String marker = PoolProfiles.marker();
        String welder = profiles().insert(at("enschede", "7511", ENSCHEDE, List.of("7212"), List.of("lassen"), 50),
                marker);
        String cook = profiles().insert(at("enschede", "7511", ENSCHEDE, List.of("5120"), List.of("koken"), 50),
                marker);

        assertThat(pseudonyms(marker)).containsExactlyInAnyOrder(welder, cook);
        assertThat(pseudonyms("lassen " + marker)).containsExactly(welder);
        assertThat(pseudonyms(marker + " -lassen")).containsExactly(cook);
        assertThat(pseudonyms("\"" + marker + "\" koken")).containsExactly(cook);
        // "or" is web-search syntax too: either word will do
        String other = PoolProfiles.marker();
        String baker = profiles().insert(at("enschede", "7511", ENSCHEDE, List.of("7512"), List.of("bakken"), 50),
                other);
        assertThat(pseudonyms(marker + " or " + other)).containsExactlyInAnyOrder(welder, cook, baker);
        assertThat(pseudonyms(other + " OR " + marker)).containsExactlyInAnyOrder(welder, cook, baker);
    }

    @Test
    void the_keys_follow_the_profile_and_its_consent_at_once_and_raw_sql_sees_them_only_within_consent()
            throws SQLException {
        String marker = PoolProfiles.marker();
        String pseudonym = profiles().insert(at("hengelo", "7551", HENGELO, List.of("9112"), List.of("Schoonmaken"), 60)
                .signals(SupportSignal.JOBCOACH), marker);

        assertThat(keys(pseudonym, "hengelo", "")).contains("G:911", "S:schoonmaken", "V:JOBCOACH")
                .anyMatch(key -> key.startsWith("W:zoekproef"));
        assertThat(keys(pseudonym, "enschede", "")).as("consultants of the region, with consent").isNotEmpty();
        assertThat(keys(pseudonym, "", "4711")).as("an employer, without consent").isEmpty();

        owner("update pool_profile set consent_consultants = false, consent_employers = true,"
                + " employer_visible_until = current_date + 30, skills = '{koken}' where pseudonym = ?", pseudonym);

        assertThat(keys(pseudonym, "enschede", "")).as("consultants, after the withdrawal").isEmpty();
        assertThat(keys(pseudonym, "", "4711")).as("an employer, with consent").contains("S:koken")
                .doesNotContain("S:schoonmaken");

        owner("delete from pool_profile where pseudonym = ?", pseudonym);

        assertThat(keys(pseudonym, "hengelo", "")).isEmpty();
    }

    @Test
    void the_key_rows_policy_is_the_profiles_policy_word_for_word() {
        List<String> policies = JdbcClient.create(dataSource).sql("""
                        select qual from pg_policies
                        where policyname in ('pool_audience', 'pool_search_key_audience') order by policyname""")
                .query(String.class).list();

        assertThat(policies).hasSize(2);
        assertThat(policies.get(0)).contains("consent_employers", "employer_visible_until").isEqualTo(policies.get(1));
    }

    private List<String> pseudonyms(String text) {
        return as(enschede, "enschede", () -> search.search(query(null, OccupationScope.BEROEP, List.of(), text), 0, 20))
                .hits().stream().map(hit -> hit.profile().pseudonym()).toList();
    }

    @Test
    void an_index_ordered_search_is_served_by_one_cached_plan_and_a_scored_one_is_planned_for_its_values_each_time() {
        String marker = PoolProfiles.marker();
        profiles().copies(at("enschede", "7511", ENSCHEDE, List.of("5223"), List.of("verkopen"), 40), marker, 30);
        // its own user: sixteen searches stay within the twenty a minute
        PortalUser planner = consultant("pool.plans", "enschede");
        PoolQuery word = query(null, OccupationScope.BEROEP, List.of(), marker);
        PoolQuery scored = query("5223", OccupationScope.BEROEP, List.of(), marker);

        // eight runs of each in one transaction, so on one connection: pgjdbc prepares a statement on the server from
        // its fifth run, and PostgreSQL left to itself plans a prepared statement for its values for its first five
        List<java.util.Map<String, Object>> plans = as(planner, "enschede", () -> new TransactionTemplate(transactions)
                .execute(status -> {
                    for (int run = 0; run < 8; run++) {
                        assertThat(search.search(word, 0, 20).total()).isEqualTo(30);
                        assertThat(search.search(scored, 0, 20).total()).isEqualTo(30);
                    }
                    return JdbcClient.create(dataSource).sql("select statement, generic_plans, custom_plans"
                            + " from pg_prepared_statements where statement like '%with page as%'"
                            + " and statement like '%pool_search_key%'").query().listOfRows();
                }));

        // the page of one word: the key index's order, the same plan for every word, kept (the connection may hold
        // other tests' unscored pages of other bounds too: every one of them is held alike)
        assertThat(plans).filteredOn(row -> row.get("statement").toString().contains("k.kind = 'W'")
                        && row.get("statement").toString().contains("order by rank desc")).isNotEmpty()
                .allSatisfy(row -> assertThat(((Number) row.get("custom_plans")).longValue()).isZero())
                .anySatisfy(row -> assertThat(((Number) row.get("generic_plans")).longValue()).isGreaterThanOrEqualTo(3));
        // the scored page: planned for its occupation every time
        assertThat(plans).filteredOn(row -> row.get("statement").toString().contains("k.kind = 'G'")).isNotEmpty()
                .allSatisfy(row -> assertThat(((Number) row.get("generic_plans")).longValue()).isZero())
                .anySatisfy(row -> assertThat(((Number) row.get("custom_plans")).longValue()).isGreaterThanOrEqualTo(3));
    }

    private void owner(String sql, String pseudonym) {
        TenantContext.runAs("hengelo", () -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                JdbcClient.create(dataSource).sql(sql).param(pseudonym).update()));
    }

    /** The key rows of a profile ("kind:key") as the portal's role sees them with a transaction's settings. */
    private List<String> keys(String pseudonym, String tenant, String employer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PortalRoleSettings.apply(connection, tenant, employer);
            try (PreparedStatement query = connection.prepareStatement(
                    "select kind || ':' || key from pool_search_key where pseudonym = ? order by 1")) {
                query.setString(1, pseudonym);
                List<String> keys = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                return keys;
            } finally {
                connection.rollback();
            }
        }
    }
}
