package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.werkbrug.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of a vacancy draft, with the Dutch message keys the editor shows at the field. */
class VacancyDraftTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static VacancyDraft draft(BigDecimal hours, String postcode, ContractType type, Integer months,
                                      LocalDate validThrough, int places) {
        return new VacancyDraft("Lasser", "Je last frames.", "7212", hours, postcode, "Hengelo", type, months, null,
                validThrough, "", "", "", places, false, false);
    }

    @Test
    void a_complete_draft_breaks_no_rule() {
        assertThat(draft(new BigDecimal("32"), "7554 RR", ContractType.PERMANENT, null, TODAY, 1).problems(TODAY, null)).isEmpty();
    }

    @Test
    void hours_places_and_postcode_out_of_bounds_get_their_own_dutch_keys() {
        assertThat(draft(BigDecimal.ZERO, "75541 RR", ContractType.PERMANENT, null, null, 1000).problems(TODAY, null))
                .containsExactlyInAnyOrder(FieldProblem.of("hoursPerWeek", "vacancy.hours.range"),
                        FieldProblem.of("places", "vacancy.places.range"),
                        FieldProblem.of("postcode", "employer.register.postcode.invalid"));
    }

    @Test
    void a_missing_occupation_and_missing_hours_are_required() {
        VacancyDraft draft = new VacancyDraft("Lasser", "Je last frames.", "", null, "7554 RR", "Hengelo",
                ContractType.PERMANENT, null, null, null, "", "", "", 1, false, false);

        assertThat(draft.problems(TODAY, null)).containsExactlyInAnyOrder(
                FieldProblem.of("iscoCode", "vacancy.occupation.required"),
                FieldProblem.of("hoursPerWeek", "vacancy.hours.required"));
    }

    @Test
    void a_temporary_contract_needs_its_length_in_months() {
        assertThat(draft(BigDecimal.TEN, "7554 RR", ContractType.TEMPORARY, null, null, 1).problems(TODAY, null))
                .containsExactly(FieldProblem.of("contractMonths", "vacancy.contract-months.required"));
        assertThat(draft(BigDecimal.TEN, "7554 RR", ContractType.TEMPORARY, 61, null, 1).problems(TODAY, null))
                .containsExactly(FieldProblem.of("contractMonths", "vacancy.contract-months.range"));
    }

    @Test
    void a_closing_day_in_the_past_is_refused_unless_it_was_already_saved() {
        LocalDate yesterday = LocalDate.of(2026, 11, 30);
        VacancyDraft draft = draft(BigDecimal.TEN, "7554 RR", ContractType.PERMANENT, null, yesterday, 1);

        assertThat(draft.problems(TODAY, null)).containsExactly(FieldProblem.of("validThrough", "vacancy.valid-through.past"));
        assertThat(draft.problems(TODAY, yesterday)).isEmpty();
    }
}
