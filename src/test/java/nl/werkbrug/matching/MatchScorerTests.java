package nl.werkbrug.matching;

import static nl.werkbrug.matching.ScoreComponentTests.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.pool.SupportSignal;
import org.junit.jupiter.api.Test;

/** The total as the weighted sum, the banenafspraak rule, a stable ranking and the versioned weights. */
class MatchScorerTests {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final VacancyFacts WELDER = new VacancyFacts("0000000000000000012", "7212",
            List.of("lassen", "slijpen", "VCA", "heftruck"), new BigDecimal("32"), "7554", START, null, null, false);

    static CandidateFacts candidate(String key, List<String> codes, List<String> skills, Integer hours) {
        return new CandidateFacts(key, codes, skills, hours, "7551", 20, START, EducationLevel.MBO_2, false,
                Set.of(SupportSignal.LOONKOSTENSUBSIDIE));
    }

    final MatchScorer scorer = new MatchScorer(V1);

    @Test
    void the_total_is_the_sum_of_every_criterions_points_worked_out_by_hand() {
        CandidateFacts candidate = candidate("P-AAAAA-AAAAA", List.of("7214"), List.of("Lassen", "VCA"), 24);
        Match match = scorer.score(WELDER, candidate, 4.0, candidate.key());
        // occupation: minor group 721, 30 × 0.6 = 18.0; skills 2 of 4, 20 × 0.5 = 10.0; hours 24 of 32, 7.5;
        // distance 4 km of 20, 15 × 0.8 = 12.0; available on the start day, 10.0; education and licence not stated
        // by the vacancy, 0; loonkostensubsidie, 5.0: 62.5
        assertThat(match.total()).isEqualTo(new BigDecimal("62.5"));
        assertThat(match.parts()).extracting(Part::points).containsExactly(new BigDecimal("18.0"),
                new BigDecimal("10.0"), new BigDecimal("7.5"), new BigDecimal("12.0"), new BigDecimal("10.0"),
                new BigDecimal("0.0"), new BigDecimal("0.0"), new BigDecimal("5.0"));
        assertThat(match.parts()).extracting(Part::weight).containsExactly(30, 20, 10, 15, 10, 5, 5, 5);
        assertThat(match.part(Criterion.EDUCATION).scored()).isFalse();
        assertThat(match.part(Criterion.DRIVING_LICENCE).scored()).isFalse();
        assertThat(match.matchingSkills()).containsExactly("lassen", "VCA");
        assertThat(match.missingSkills()).containsExactly("slijpen", "heftruck");
    }

    @Test
    void a_banenafspraak_vacancy_admits_only_candidates_with_the_doelgroepregister_signal() {
        VacancyFacts banenafspraak = new VacancyFacts(WELDER.key(), "7212", WELDER.skills(), WELDER.hoursPerWeek(),
                "7554", START, null, null, true);
        CandidateFacts without = candidate("P-A", List.of("7212"), List.of(), 32);
        CandidateFacts with = new CandidateFacts("P-B", List.of("7212"), List.of(), 32, "7551", 20, START, null, false,
                Set.of(SupportSignal.BANENAFSPRAAK));
        assertThat(MatchScorer.admits(banenafspraak, without)).isFalse();
        assertThat(MatchScorer.admits(banenafspraak, with)).isTrue();
        assertThat(MatchScorer.admits(WELDER, without)).isTrue();
        // the signal admits, it adds nothing: same occupation 30, hours 10, distance 4 of 20 12, available 10
        assertThat(scorer.score(banenafspraak, with, 4.0, with.key()).total()).isEqualTo(new BigDecimal("62.0"));
    }

    @Test
    void the_same_facts_give_the_same_ranking_whatever_their_order_and_ties_go_by_key() {
        List<Match> matches = new ArrayList<>();
        for (String key : List.of("P-C", "P-A", "P-D", "P-B")) {
            // P-A, P-B and P-C are equal; P-D has one skill more
            List<String> skills = key.equals("P-D") ? List.of("lassen", "VCA") : List.of("lassen");
            matches.add(scorer.score(WELDER, candidate(key, List.of("7212"), skills, 32), 4.0, key));
        }
        List<String> expected = List.of("P-D", "P-A", "P-B", "P-C");
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(matches, random);
            assertThat(MatchScorer.top(matches, 50)).extracting(Match::key).containsExactlyElementsOf(expected);
        }
        assertThat(MatchScorer.top(matches, 2)).extracting(Match::key).containsExactly("P-D", "P-A");
    }

    @Test
    void the_weights_file_has_a_version_and_weights_that_add_up_to_a_hundred() {
        assertThat(V1.version()).isEqualTo("v1");
        assertThat(V1.weights().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        Map<Criterion, Integer> short10 = new EnumMap<>(V1.weights());
        short10.put(Criterion.SUPPORT, 15);
        assertThatThrownBy(() -> new MatchWeights("x", START, short10, V1.occupation(), V1.distance(),
                V1.availability(), V1.support())).isInstanceOf(IllegalArgumentException.class);
        Map<Criterion, Integer> missing = new EnumMap<>(V1.weights());
        missing.remove(Criterion.SUPPORT);
        missing.put(Criterion.OCCUPATION, 35);
        assertThatThrownBy(() -> new MatchWeights("x", START, missing, V1.occupation(), V1.distance(),
                V1.availability(), V1.support())).isInstanceOf(IllegalArgumentException.class);
    }
}
