package nl.werkbrug.matching;

import static nl.werkbrug.matching.ScoreComponentTests.V1;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.pool.AgeBand;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.SupportSignal;
import org.junit.jupiter.api.Test;

/**
 * Transparency (docs/algoritmeregister.md): no protected attribute — age, sex, origin, health — nor a stand-in for
 * one (languages, municipality, rung) enters the score. The one exception the law makes, the doelgroepregister
 * signal for banenafspraak vacancies, only admits and adds no points.
 */
class MatchInputsTests {

    /** Names (parts of names) of facts the score must never read. */
    static final List<String> PROTECTED = List.of("age", "birth", "sex", "gender", "origin", "nationality", "country",
            "ethnic", "language", "health", "disab", "medical", "religion", "tenant", "municipality", "rung", "name",
            "bsn", "address", "benefit", "obstacle");

    @Test
    void the_scores_inputs_hold_no_protected_attribute() {
        for (Class<?> input : List.of(CandidateFacts.class, VacancyFacts.class)) {
            List<String> fields = Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName)
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
            assertThat(fields).as(input.getSimpleName()).isNotEmpty().allSatisfy(field ->
                    assertThat(PROTECTED).noneMatch(field::contains));
            assertThat(Arrays.stream(input.getRecordComponents()).map(RecordComponent::getType))
                    .as(input.getSimpleName()).doesNotContain((Class) AgeBand.class);
        }
        // the scorer itself takes nothing but these facts and a distance
        assertThat(Arrays.stream(MatchScorer.class.getDeclaredMethods()).filter(method -> method.getName().equals("score"))
                .flatMap(method -> Arrays.stream(method.getParameterTypes())))
                .containsExactly(VacancyFacts.class, CandidateFacts.class, Double.class, String.class);
    }

    static PoolProfile profile(AgeBand age, String owner, List<String> languages, Integer rung, int completeness) {
        return new PoolProfile(UUID.randomUUID(), "P-7KQ2M-X9D4R", owner, owner, age, "7551", rung, List.of("7212"),
                List.of("Lasser"), List.of("lassen"), EducationLevel.MBO_2, languages, 32, LocalDate.of(2027, 2, 1), 20,
                true, Set.of(SupportSignal.JOBCOACH), completeness, LocalDate.of(2026, 11, 30));
    }

    @Test
    void changing_age_band_municipality_languages_rung_or_completeness_does_not_change_the_score() {
        MatchScorer scorer = new MatchScorer(V1);
        VacancyFacts vacancy = new VacancyFacts("1", "7212", List.of("lassen", "slijpen"), new BigDecimal("32"),
                "7554", LocalDate.of(2027, 3, 1), EducationLevel.MBO_2, true, false);
        PoolProfile young = profile(AgeBand.UNDER_27, "hengelo", List.of("Nederlands"), 2, 80);
        PoolProfile older = profile(AgeBand.FROM_50, "enschede", List.of("Arabisch", "Tigrinya"), 5, 30);
        Match a = scorer.score(vacancy, Matching.facts(young), 3.0, "k");
        Match b = scorer.score(vacancy, Matching.facts(older), 3.0, "k");
        assertThat(a).isEqualTo(b);
        // and the score is a real one: same occupation 30, 1 of 2 skills 10, 32 of 32 hours 10, 3 km of 20
        // 15 × 0.85 = 12.75 → 12.8, available 10, MBO 2 of MBO 2 5, licence 5, jobcoach 5: 87.8
        assertThat(a.total()).isEqualTo(new BigDecimal("87.8"));
    }
}
