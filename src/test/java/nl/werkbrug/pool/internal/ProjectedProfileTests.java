package nl.werkbrug.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.werkbrug.candidates.CandidateProfile;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.LanguageLevel;
import nl.werkbrug.candidates.PoolSource;
import nl.werkbrug.pool.AgeBand;
import nl.werkbrug.pool.SupportSignal;
import org.junit.jupiter.api.Test;

/** What the pool keeps of a file: bands instead of dates, areas instead of addresses, signals without reasons. */
class ProjectedProfileTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final Map<String, String> TITLES = Map.of("9112", "Schoonmaker", "5223", "Verkoper");
    static final PostcodeAreas.Centroid HENGELO = new PostcodeAreas.Centroid(52.26, 6.79);

    static PoolSource source(LocalDate birthDate, Set<String> applying, Set<DoelgroepFlag> flags) {
        return new PoolSource(1, "hengelo", true, birthDate, "7551", 3, List.of("9112", "5223"),
                List.of("kassawerk"), EducationLevel.MBO_2,
                List.of(new CandidateProfile.LanguageSkill("Nederlands", LanguageLevel.B1)), true, 24,
                LocalDate.of(2027, 1, 4), 15, applying, flags);
    }

    static ProjectedProfile project(PoolSource source) {
        return ProjectedProfile.of(source, DAY, code -> Optional.ofNullable(TITLES.get(code)),
                area -> area.equals("7551") ? Optional.of(HENGELO) : Optional.empty());
    }

    @Test
    void the_age_becomes_a_band_whose_edges_are_the_birthdays_of_27_35_and_50() {
        assertThat(AgeBand.on(LocalDate.of(1999, 12, 2), DAY)).isEqualTo(AgeBand.UNDER_27);   // 26 until tomorrow
        assertThat(AgeBand.on(LocalDate.of(1999, 12, 1), DAY)).isEqualTo(AgeBand.FROM_27_TO_34); // 27 today
        assertThat(AgeBand.on(LocalDate.of(1991, 12, 2), DAY)).isEqualTo(AgeBand.FROM_27_TO_34); // 34
        assertThat(AgeBand.on(LocalDate.of(1991, 12, 1), DAY)).isEqualTo(AgeBand.FROM_35_TO_49); // 35
        assertThat(AgeBand.on(LocalDate.of(1976, 12, 2), DAY)).isEqualTo(AgeBand.FROM_35_TO_49); // 49
        assertThat(AgeBand.on(LocalDate.of(1976, 12, 1), DAY)).isEqualTo(AgeBand.FROM_50);       // 50
        assertThat(AgeBand.on(null, DAY)).isNull();
    }

    @Test
    void occupations_give_their_isco_groups_and_the_search_text_holds_their_titles_and_the_skills() {
        ProjectedProfile profile = project(source(LocalDate.of(1990, 5, 17), Set.of(), Set.of()));

        assertThat(profile.minorGroups()).containsExactly("911", "522");
        assertThat(profile.majorGroups()).containsExactly("9", "5");
        assertThat(profile.searchText()).isEqualTo("Schoonmaker Verkoper kassawerk");
        assertThat(profile.postcodeArea()).isEqualTo("7551");
        assertThat(profile.centroid()).isEqualTo(HENGELO);
        assertThat(profile.languages()).containsExactly("Nederlands B1");
        assertThat(profile.ageBand()).isEqualTo(AgeBand.FROM_35_TO_49);
    }

    @Test
    void completeness_is_the_share_of_the_eight_profile_fields_that_are_filled() {
        assertThat(project(source(LocalDate.of(1990, 5, 17), Set.of(), Set.of())).completeness()).isEqualTo(100);

        PoolSource half = new PoolSource(1, "hengelo", true, null, "7551", null, List.of("9112"), List.of("x"),
                null, List.of(), false, 24, null, null, Set.of(), Set.of());
        // occupations, skills, hours, postcode area: 4 of 8
        assertThat(project(half).completeness()).isEqualTo(50);

        PoolSource one = new PoolSource(1, "hengelo", true, null, null, null, List.of(), List.of(), null,
                List.of(), false, null, null, 12, Set.of(), Set.of());
        // travel distance only: 1 of 8 = 12.5 %, rounded to 13
        assertThat(project(one).completeness()).isEqualTo(13);
    }

    @Test
    void support_signals_come_from_instruments_whose_rules_are_met_and_the_banenafspraak_flag_only() {
        ProjectedProfile profile = project(source(LocalDate.of(1990, 5, 17),
                Set.of("loonkostensubsidie", "jobcoaching", "scholing-leerwerkloket"),
                Set.of(DoelgroepFlag.BANENAFSPRAAK, DoelgroepFlag.STATUSHOUDER, DoelgroepFlag.ARBEIDSBEPERKING)));

        assertThat(profile.signals()).containsExactlyInAnyOrder(SupportSignal.LOONKOSTENSUBSIDIE,
                SupportSignal.JOBCOACH, SupportSignal.BANENAFSPRAAK);
    }

    @Test
    void a_pseudonym_is_ten_crockford_characters_and_two_draws_differ() {
        String first = Pseudonyms.next();

        assertThat(first).matches("P-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(Pseudonyms.isPseudonym(first)).isTrue();
        assertThat(Pseudonyms.isPseudonym("P-ILOU0-00000")).isFalse();
        assertThat(Pseudonyms.next()).isNotEqualTo(first);
    }
}
