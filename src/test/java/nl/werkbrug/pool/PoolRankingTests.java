package nl.werkbrug.pool;

import static nl.werkbrug.pool.PoolProfiles.HENGELO;
import static nl.werkbrug.pool.PoolProfiles.at;
import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ranking a module states (matching's weights v1) computed by the database on the occupation key rows alone
 * (pool-008), against totals worked out by hand. Each test's profiles share two skills of their own (random words)
 * and the only postcode area with a distance, so no other profile of the shared database reaches them: without the
 * skills and the distance the most another profile can score is 30 + 10 + 10 + 5 = 55.
 */
@IntegrationTest
class PoolRankingTests {

    @Autowired
    PoolCandidates candidates;
    @Autowired
    ApplicationContext context;

    final PortalUser hengelo = consultant("ranking.hengelo", "hengelo");

    PoolProfiles profiles() {
        return new PoolProfiles(context);
    }

    /** Weights v1: occupation 30 (fits 1.0, 0.6, 0.3), skills 20, hours 10, distance 15, availability 10, support 5. */
    PoolRanking ranking(String iscoCode, List<String> skills, LocalDate needed) {
        return new PoolRanking(iscoCode, 30, List.of(1.0, 0.6, 0.3), skills, 20, new BigDecimal("32"), 10,
                Map.of("7554", 0.0), 25, 15, needed, 30, 0.5, 10,
                Set.of(SupportSignal.LOONKOSTENSUBSIDIE, SupportSignal.JOBCOACH), 5, false);
    }

    PoolProfiles.Row candidate(List<String> codes, List<String> skills, int hours, LocalDate available) {
        return at("hengelo", "7554", HENGELO, codes, skills, 60).hours(hours).available(available);
    }

    @Test
    void the_database_ranks_an_occupation_group_by_the_stated_weights_with_every_criterion_counted() {
        String one = PoolProfiles.marker();
        String two = PoolProfiles.marker();
        LocalDate today = profiles().today();
        // 30 + 20 + 10 (32 of 32 hours) + 15 (same area) + 10 (available) + 5 (loonkostensubsidie) = 90
        String best = profiles().insert(candidate(List.of("7212"), List.of(one, two.toUpperCase() + " "), 32, today)
                .signals(SupportSignal.LOONKOSTENSUBSIDIE), one);
        // 30 + 20 + 10 + 15 + 5 (available 10 days after the start: within the 30 days' grace) + 5 (jobcoach) = 85
        String later = profiles().insert(candidate(List.of("7212"), List.of(one, two), 32, today.plusDays(10))
                .signals(SupportSignal.JOBCOACH), one);
        // 30 + 20 + 5 (16 of 32 hours) + 15 + 10 + 0 (no support) = 80
        String fewerHours = profiles().insert(candidate(List.of("7212"), List.of(one, two), 16, today), one);
        // 18 (7213: the minor group 721, 0.6 × 30) + 10 (one of two skills) + 7.5 (24 of 32) + 15 + 10 + 5 = 65.5
        String minorGroup = profiles().insert(candidate(List.of("7213"), List.of(one), 24, today)
                .signals(SupportSignal.LOONKOSTENSUBSIDIE), one);

        PoolRanking.Ranked ranked = as(hengelo, "hengelo", () -> candidates.ranked(ranking("7212", List.of(one, two),
                today), 3, "test"));

        assertThat(ranked.best()).extracting(PoolProfile::pseudonym).containsExactly(best, later, fewerHours);
        assertThat(ranked.scored()).isGreaterThanOrEqualTo(4);
        assertThat(minorGroup).isNotIn(ranked.best().stream().map(PoolProfile::pseudonym).toList());
    }

    @Test
    void a_profile_in_two_minor_groups_of_the_major_group_is_ranked_once_with_its_closest_occupation() {
        String one = PoolProfiles.marker();
        String two = PoolProfiles.marker();
        LocalDate today = profiles().today();
        // minor group 799 holds only this test's profiles, so the ranking falls back to the major group 7
        // 30 (7999 itself) + 20 + 10 + 15 + 10 + 5 = 90, through its row of 799 and its row of 712 alike
        String both = profiles().insert(candidate(List.of("7999", "7126"), List.of(one, two), 32, today)
                .signals(SupportSignal.LOONKOSTENSUBSIDIE), one);
        // 18 (minor group 799) + 60 = 78
        String minor = profiles().insert(candidate(List.of("7998"), List.of(one, two), 32, today)
                .signals(SupportSignal.LOONKOSTENSUBSIDIE), one);
        // 9 (major group 7, 0.3 × 30) + 60 = 69
        String major = profiles().insert(candidate(List.of("7126"), List.of(one, two), 32, today)
                .signals(SupportSignal.LOONKOSTENSUBSIDIE), one);

        PoolRanking.Ranked ranked = as(hengelo, "hengelo", () -> candidates.ranked(ranking("7999", List.of(one, two),
                today), 3, "test"));

        assertThat(ranked.best()).extracting(PoolProfile::pseudonym).containsExactly(both, minor, major);
    }

    @Test
    void an_employers_ranking_counts_the_visible_profiles_of_the_group_as_they_are_written_and_withdrawn() {
        String one = PoolProfiles.marker();
        LocalDate today = profiles().today();
        PortalUser employer = PoolProfiles.employerUser("ranking-werkgever",
                910_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_999));
        // a limit of one: the group 721 always holds enough, so the count is the minor group's (not the major's)
        java.util.function.IntSupplier scored = () -> as(employer, () -> candidates.ranked(ranking("7212",
                List.of(one), today), 1, "test")).scored();
        int before = scored.getAsInt();

        String visible = profiles().insert(candidate(List.of("7212"), List.of(one), 32, today)
                .audiences(true, true, today.plusDays(30)), one);
        profiles().insert(candidate(List.of("7213"), List.of(one), 32, today).audiences(true, true, today), one);
        // not for employers: consultants only, a confirmation too old (visible until yesterday), another minor group
        profiles().insert(candidate(List.of("7212"), List.of(one), 32, today).audiences(true, false, null), one);
        profiles().insert(candidate(List.of("7212"), List.of(one), 32, today)
                .audiences(true, true, today.minusDays(1)), one);
        profiles().insert(candidate(List.of("7311"), List.of(one), 32, today)
                .audiences(true, true, today.plusDays(30)), one);

        assertThat(scored.getAsInt()).isEqualTo(before + 2);
        profiles().consent("hengelo", visible, true, false);
        assertThat(scored.getAsInt()).isEqualTo(before + 1);
    }
}
