package nl.werkbrug.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The jobcoaching plan's period, hours and tariff, and the decision term of an instrument (issue 12), by hand. */
class CoachingPlanAndTermTests {

    private static final LocalDate FEBRUARY = LocalDate.of(2027, 2, 1);

    @Test
    void six_months_of_eight_hours_at_an_entered_62_50_an_hour_cost_500_a_month_and_3000_in_all() {
        CoachingPlan plan = CoachingPlan.of("Zelfstandig werken", "Jobcoachorganisatie Twente", FEBRUARY,
                LocalDate.of(2027, 7, 31), new BigDecimal("8"), new BigDecimal("62.50"), null);

        // 1 February to 31 July 2027: February, March, April, May, June, July = 6 months
        assertThat(plan.months()).isEqualTo(6);
        // 8 hours x 62.50 = 500.00 a month; 6 x 500.00 = 3000.00; 6 x 8 = 48 hours
        assertThat(plan.monthlyAmount()).isEqualByComparingTo("500.00");
        assertThat(plan.total()).isEqualByComparingTo("3000.00");
        assertThat(plan.totalHours()).isEqualByComparingTo("48");
        assertThat(plan.tariff()).isEqualTo(new CoachTariff(new BigDecimal("62.50"), true));
    }

    @Test
    void a_year_of_seven_and_a_half_hours_at_58_37_rounds_the_month_to_the_cent() {
        CoachingPlan plan = CoachingPlan.of("Werkritme", "A. de Vries, arbeidsdeskundige", LocalDate.of(2027, 3, 15),
                LocalDate.of(2028, 3, 14), new BigDecimal("7.5"), new BigDecimal("58.37"), null);

        // 15 March 2027 to 14 March 2028: 12 months
        // 7.5 x 58.37 = 437.775 -> 437.78 a month; 12 x 437.78 = 5253.36; 12 x 7.5 = 90 hours
        assertThat(plan.months()).isEqualTo(12);
        assertThat(plan.monthlyAmount()).isEqualByComparingTo("437.78");
        assertThat(plan.total()).isEqualByComparingTo("5253.36");
        assertThat(plan.totalHours()).isEqualByComparingTo("90");
    }

    @Test
    void the_catalogue_tariff_wins_over_a_typed_one_and_without_either_the_tariff_field_asks_for_one() {
        CoachingPlan fromCatalogue = CoachingPlan.of("Doelen", "Jobcoach", FEBRUARY, LocalDate.of(2027, 4, 30),
                new BigDecimal("4"), new BigDecimal("70"), new BigDecimal("55"));
        assertThat(fromCatalogue.tariff()).isEqualTo(new CoachTariff(new BigDecimal("55"), false));
        // 4 x 55 = 220.00 a month, 3 months = 660.00
        assertThat(fromCatalogue.total()).isEqualByComparingTo("660.00");

        assertThatThrownBy(() -> CoachingPlan.of("Doelen", "Jobcoach", FEBRUARY, LocalDate.of(2027, 4, 30),
                new BigDecimal("4"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(FieldProblem.of("tariff", "subsidy.error.coach-tariff-needed")));
    }

    @Test
    void the_period_runs_in_whole_months_after_its_start_and_every_field_is_named_where_it_is_wrong() {
        // 1 February to 15 July: 5 whole months and 15 days; whole months would end on 30 June
        assertThatThrownBy(() -> CoachingPlan.of("Doelen", "Jobcoach", FEBRUARY, LocalDate.of(2027, 7, 15),
                new BigDecimal("4"), new BigDecimal("60"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(FieldProblem.of("to", "subsidy.error.coach-whole-months", LocalDate.of(2027, 6, 30))));
        assertThatThrownBy(() -> CoachingPlan.of(" ", null, FEBRUARY, FEBRUARY.minusDays(1),
                new BigDecimal("201"), new BigDecimal("60"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("goals", "judgedBy", "hoursPerMonth", "to"));
    }

    @Test
    void without_a_term_of_its_own_the_awb_eight_weeks_apply_and_are_labelled_so() {
        DecisionTermRule none = DecisionTermRule.of(null);
        assertThat(none.period()).isEqualTo(Period.ofWeeks(8));
        assertThat(none.own()).isFalse();
        assertThat(none.labelKey()).isEqualTo("subsidy.decision-term.default");
        assertThat(none.labelAmount()).isEqualTo(8);
        assertThat(DecisionTermRule.of("zo snel mogelijk")).isEqualTo(none);
        assertThat(DecisionTermRule.of("binnen 0 weken")).isEqualTo(none);
    }

    @Test
    void a_term_of_its_own_is_read_from_the_catalogue_in_weeks_days_or_months() {
        DecisionTermRule weeks = DecisionTermRule.of("Binnen 4 weken na ontvangst");
        assertThat(weeks).isEqualTo(new DecisionTermRule(Period.ofDays(28), true));
        assertThat(weeks.labelKey()).isEqualTo("subsidy.decision-term.own.weeks");
        assertThat(weeks.labelAmount()).isEqualTo(4);
        // 8 weeks set by the catalogue itself are its own term, not the Awb default
        assertThat(DecisionTermRule.of("binnen 8 weken").own()).isTrue();
        DecisionTermRule days = DecisionTermRule.of("30 dagen");
        assertThat(days.labelKey()).isEqualTo("subsidy.decision-term.own.days");
        assertThat(days.labelAmount()).isEqualTo(30);
        DecisionTermRule months = DecisionTermRule.of("2 maanden");
        assertThat(months.period()).isEqualTo(Period.ofMonths(2));
        assertThat(months.labelKey()).isEqualTo("subsidy.decision-term.own.months");
        assertThat(months.labelAmount()).isEqualTo(2);
    }
}
