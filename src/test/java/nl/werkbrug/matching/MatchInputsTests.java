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

    @Test
    void the_postcode_area_counts_only_through_the_distance() {
        MatchScorer scorer = new MatchScorer(V1);
        VacancyFacts vacancy = new VacancyFacts("1", "7212", List.of("lassen"), new BigDecimal("32"), "7554",
                LocalDate.of(2027, 3, 1), null, null, false);
        CandidateFacts hengelo = Matching.facts(profile(AgeBand.FROM_27_TO_34, "hengelo", List.of(), 3, 50));
        CandidateFacts elsewhere = new CandidateFacts(hengelo.key(), hengelo.iscoCodes(), hengelo.skills(),
                hengelo.hoursPerWeek(), "7511", hengelo.travelKm(), hengelo.availableFrom(), hengelo.education(),
                hengelo.drivingLicence(), hengelo.signals());
        assertThat(scorer.score(vacancy, hengelo, 6.0, "k")).isEqualTo(scorer.score(vacancy, elsewhere, 6.0, "k"));
    }

    @Test
    void every_matching_text_the_code_names_is_in_both_languages() throws java.io.IOException {
        java.util.Properties dutch = bundle("translations_nl.properties");
        java.util.Properties english = bundle("translations_en.properties");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Criterion criterion : Criterion.values()) {
            keys.add(criterion.labelKey());
        }
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(matching\\.[a-z0-9.-]*[a-z0-9])\"");
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/nl/werkbrug/matching"))) {
            for (java.nio.file.Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                key.matcher(java.nio.file.Files.readString(source)).results().map(found -> found.group(1))
                        .forEach(keys::add);
            }
        }
        keys.remove(Criterion.SKILLS.labelPrefix());   // a prefix, not a text
        assertThat(keys).contains("matching.reason.skills", "matching.criterion.driving-licence");
        assertThat(dutch.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    private static java.util.Properties bundle(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/vaadin-i18n",
                file), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
