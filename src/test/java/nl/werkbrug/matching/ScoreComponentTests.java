package nl.werkbrug.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.pool.SupportSignal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Each criterion alone, with the weights of version v1 (occupation 30, skills 20, hours 10, distance 15,
 * availability 10, education 5, driving licence 5, support 5) and the points worked out by hand.
 */
class ScoreComponentTests {

    static final MatchWeights V1 = MatchWeights.read(new ClassPathResource("matching/weights-v1.yaml"));

    static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Occupation {

        @Test
        void the_same_occupation_gives_the_whole_weight() {
            Part part = OccupationScore.score("7212", List.of("5120", "7212"), V1);
            assertThat(part.points()).isEqualTo(points("30.0"));
            assertThat(part.reasonKey()).isEqualTo("matching.reason.same-occupation");
        }

        @Test
        void the_same_minor_group_gives_six_tenths() {
            // 30 × 0.6 = 18
            assertThat(OccupationScore.score("7212", List.of("7214"), V1).points()).isEqualTo(points("18.0"));
        }

        @Test
        void the_same_major_group_gives_three_tenths() {
            // 30 × 0.3 = 9
            Part part = OccupationScore.score("7212", List.of("7411"), V1);
            assertThat(part.points()).isEqualTo(points("9.0"));
            assertThat(part.reasonKey()).isEqualTo("matching.reason.same-major-group");
        }

        @Test
        void another_major_group_gives_nothing_and_the_closest_of_several_occupations_counts() {
            assertThat(OccupationScore.score("7212", List.of("5120"), V1).points()).isEqualTo(points("0.0"));
            assertThat(OccupationScore.score("7212", List.of("5120", "7411", "7213"), V1).points())
                    .isEqualTo(points("18.0"));
        }
    }

    @Nested
    class Skills {

        @Test
        void matching_and_missing_skills_are_listed_and_the_share_matched_is_scored() {
            SkillsScore.Result result = SkillsScore.score(List.of("lassen", "slijpen", "VCA"),
                    List.of("Lassen", " vca", "koken"), V1);
            assertThat(result.matching()).containsExactly("lassen", "VCA");
            assertThat(result.missing()).containsExactly("slijpen");
            // 20 × 2/3 = 13.33, to one decimal 13.3
            assertThat(result.part().points()).isEqualTo(points("13.3"));
            assertThat(result.part().args()).containsExactly(2, 3);
        }

        @Test
        void a_vacancy_without_skills_is_not_scored_on_them() {
            SkillsScore.Result result = SkillsScore.score(List.of(), List.of("lassen"), V1);
            assertThat(result.part().scored()).isFalse();
            assertThat(result.part().points()).isEqualTo(points("0.0"));
        }

        @Test
        void the_skills_of_a_vacancy_are_read_from_its_list_each_once() {
            assertThat(SkillsScore.listed("lassen, slijpen; VCA/Lassen\nheftruck ,")).containsExactly("lassen",
                    "slijpen", "VCA", "heftruck");
        }
    }

    @Nested
    class Hours {

        @Test
        void fewer_hours_offered_than_asked_give_their_share() {
            // 24 of 32: 10 × 0.75 = 7.5
            assertThat(HoursScore.score(new BigDecimal("32"), 24, V1).points()).isEqualTo(points("7.5"));
        }

        @Test
        void more_hours_offered_than_asked_count_the_same_way() {
            // 32 of 40: 10 × 0.8 = 8
            assertThat(HoursScore.score(new BigDecimal("32"), 40, V1).points()).isEqualTo(points("8.0"));
        }

        @Test
        void unknown_hours_give_nothing() {
            Part part = HoursScore.score(new BigDecimal("32"), null, V1);
            assertThat(part.points()).isEqualTo(points("0.0"));
            assertThat(part.reasonKey()).isEqualTo("matching.reason.hours-unknown");
        }
    }

    @Nested
    class Distance {

        @Test
        void nearer_within_the_candidates_own_reach_gives_more() {
            // 8.92 km of 20: 15 × (1 − 0.446) = 8.31, 8.3
            assertThat(DistanceScore.score(8.92, 20, V1).points()).isEqualTo(points("8.3"));
        }

        @Test
        void without_a_travel_distance_the_default_reach_counts() {
            // 5 km of 25: 15 × 0.8 = 12
            assertThat(DistanceScore.score(5.0, null, V1).points()).isEqualTo(points("12.0"));
        }

        @Test
        void beyond_the_reach_or_unknown_gives_nothing() {
            assertThat(DistanceScore.score(30.0, 25, V1).points()).isEqualTo(points("0.0"));
            assertThat(DistanceScore.score(30.0, 25, V1).reasonKey()).isEqualTo("matching.reason.beyond-reach");
            assertThat(DistanceScore.score(null, 25, V1).points()).isEqualTo(points("0.0"));
        }
    }

    @Nested
    class Availability {

        static final LocalDate START = LocalDate.of(2027, 3, 1);

        @Test
        void available_by_the_start_gives_the_whole_weight() {
            assertThat(AvailabilityScore.score(START, START, V1).points()).isEqualTo(points("10.0"));
            assertThat(AvailabilityScore.score(START, START.minusMonths(2), V1).points()).isEqualTo(points("10.0"));
        }

        @Test
        void available_within_thirty_days_after_the_start_gives_half() {
            assertThat(AvailabilityScore.score(START, START.plusDays(30), V1).points()).isEqualTo(points("5.0"));
        }

        @Test
        void later_or_unknown_gives_nothing() {
            assertThat(AvailabilityScore.score(START, START.plusDays(31), V1).points()).isEqualTo(points("0.0"));
            assertThat(AvailabilityScore.score(START, null, V1).points()).isEqualTo(points("0.0"));
        }
    }

    @Nested
    class Education {

        @Test
        void a_vacancy_that_asks_no_education_is_not_scored_on_it() {
            Part part = EducationScore.score(null, EducationLevel.HBO, V1);
            assertThat(part.scored()).isFalse();
            assertThat(part.points()).isEqualTo(points("0.0"));
        }

        @Test
        void at_least_the_level_asked_gives_the_whole_weight_below_it_nothing() {
            assertThat(EducationScore.score(EducationLevel.MBO_2, EducationLevel.MBO_3, V1).points())
                    .isEqualTo(points("5.0"));
            assertThat(EducationScore.score(EducationLevel.MBO_2, EducationLevel.MBO_2, V1).points())
                    .isEqualTo(points("5.0"));
            assertThat(EducationScore.score(EducationLevel.MBO_2, EducationLevel.VMBO, V1).points())
                    .isEqualTo(points("0.0"));
        }
    }

    @Nested
    class DrivingLicence {

        @Test
        void only_a_vacancy_that_requires_a_licence_is_scored_on_it() {
            assertThat(DrivingLicenceScore.score(null, true, V1).scored()).isFalse();
            assertThat(DrivingLicenceScore.score(false, true, V1).scored()).isFalse();
            assertThat(DrivingLicenceScore.score(true, true, V1).points()).isEqualTo(points("5.0"));
            assertThat(DrivingLicenceScore.score(true, false, V1).points()).isEqualTo(points("0.0"));
        }
    }

    @Nested
    class Support {

        @Test
        void help_that_makes_the_hire_feasible_gives_the_whole_weight() {
            Part part = SupportScore.score(Set.of(SupportSignal.JOBCOACH, SupportSignal.LOONKOSTENSUBSIDIE,
                    SupportSignal.BANENAFSPRAAK), V1);
            assertThat(part.points()).isEqualTo(points("5.0"));
            assertThat(part.args()).containsExactly(List.of(SupportSignal.LOONKOSTENSUBSIDIE, SupportSignal.JOBCOACH));
        }

        @Test
        void banenafspraak_alone_gives_no_points() {
            assertThat(SupportScore.score(Set.of(SupportSignal.BANENAFSPRAAK), V1).points()).isEqualTo(points("0.0"));
            assertThat(SupportScore.score(Set.of(), V1).points()).isEqualTo(points("0.0"));
        }
    }
}
