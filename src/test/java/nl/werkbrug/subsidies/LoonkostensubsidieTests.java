package nl.werkbrug.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoonkostensubsidieTests {

    // Round figures so the expected amounts can be checked by hand: 36 h x 52 / 12 = 156 h a month.
    final MinimumWages wages = new MinimumWages(Map.of(
            LocalDate.of(2026, 1, 1), new BigDecimal("15.00"),
            LocalDate.of(2026, 7, 1), new BigDecimal("16.00")));
    final Loonkostensubsidie lks = new Loonkostensubsidie(wages);

    @Test
    void the_subsidy_is_the_gap_between_minimum_wage_and_wage_value_plus_23_5_percent_employer_costs() {
        var result = lks.perMonth(LocalDate.of(2026, 3, 15), new BigDecimal("36"), new BigDecimal("60"));

        assertThat(result.minimumWageForHours()).isEqualByComparingTo("2340.00"); // 15 x 156
        assertThat(result.wageGap()).isEqualByComparingTo("936.00");              // 40% of 2340
        assertThat(result.subsidy()).isEqualByComparingTo("936.00");
        assertThat(result.employerCosts()).isEqualByComparingTo("219.96");        // 23.5% of 936
        assertThat(result.total()).isEqualByComparingTo("1155.96");
        assertThat(result.capped()).isFalse();
    }

    @Test
    void the_wage_part_is_capped_at_70_percent_of_the_minimum_wage() {
        var result = lks.perMonth(LocalDate.of(2026, 3, 1), new BigDecimal("36"), new BigDecimal("20"));

        assertThat(result.wageGap()).isEqualByComparingTo("1872.00");  // 80% of 2340
        assertThat(result.subsidy()).isEqualByComparingTo("1638.00");  // capped: 70% of 2340
        assertThat(result.employerCosts()).isEqualByComparingTo("384.93");
        assertThat(result.total()).isEqualByComparingTo("2022.93");
        assertThat(result.capped()).isTrue();
    }

    @Test
    void exactly_30_percent_wage_value_is_just_not_capped() {
        var result = lks.perMonth(LocalDate.of(2026, 3, 1), new BigDecimal("36"), new BigDecimal("30"));

        assertThat(result.subsidy()).isEqualByComparingTo("1638.00");
        assertThat(result.capped()).isFalse();
    }

    @Test
    void part_time_hours_scale_the_minimum_wage_and_the_new_period_applies_from_its_first_month() {
        var march = lks.perMonth(LocalDate.of(2026, 3, 1), new BigDecimal("18"), new BigDecimal("50"));
        var july = lks.perMonth(LocalDate.of(2026, 7, 31), new BigDecimal("18"), new BigDecimal("50"));

        assertThat(march.minimumWageForHours()).isEqualByComparingTo("1170.00");
        assertThat(march.subsidy()).isEqualByComparingTo("585.00");
        assertThat(july.minimumWageForHours()).isEqualByComparingTo("1248.00");
        assertThat(july.subsidy()).isEqualByComparingTo("624.00");
    }

    @Test
    void a_full_wage_value_gives_no_subsidy() {
        assertThat(lks.perMonth(LocalDate.of(2026, 3, 1), new BigDecimal("36"), new BigDecimal("100")).total())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void impossible_input_and_months_without_a_configured_minimum_wage_are_refused() {
        assertThatThrownBy(() -> lks.perMonth(LocalDate.of(2025, 12, 1), new BigDecimal("36"), new BigDecimal("50")))
                .hasMessageContaining("No minimum wage configured");
        assertThatThrownBy(() -> lks.perMonth(LocalDate.of(2026, 3, 1), BigDecimal.ZERO, new BigDecimal("50")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lks.perMonth(LocalDate.of(2026, 3, 1), new BigDecimal("36"), new BigDecimal("101")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimumWages(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    // Issue 12: per period, youth minimum wage, reassessment, meting required, missing periods.
    final MinimumWages withYouth = new MinimumWages(Map.of(
            LocalDate.of(2026, 1, 1), new BigDecimal("15.00"),
            LocalDate.of(2026, 7, 1), new BigDecimal("16.00")),
            new MinimumWages.YouthPercentages(new java.util.TreeMap<>(Map.of(LocalDate.of(2019, 7, 1), Map.of(
                    20, new BigDecimal("80"), 19, new BigDecimal("60"), 18, new BigDecimal("50")))), "test table"));
    final Loonkostensubsidie youthLks = new Loonkostensubsidie(withYouth);
    static final BigDecimal HOURS_36 = new BigDecimal("36");

    static Loonwaardemeting meting(LocalDate on, String percent) {
        return new Loonwaardemeting("A. de Vries, arbeidsdeskundige", "Loonbalans", on, new BigDecimal(percent));
    }

    @Test
    void a_twenty_year_old_is_subsidised_on_the_youth_minimum_wage_of_80_percent() {
        // born 10 May 2005: 20 in March 2026
        var periods = youthLks.schedule(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2005, 5, 10),
                HOURS_36, List.of(meting(LocalDate.of(2026, 2, 20), "50")));

        assertThat(periods).hasSize(1);
        var march = periods.getFirst().calculation();
        assertThat(periods.getFirst().hourlyMinimumWage()).isEqualByComparingTo("12.00");  // 80% of 15.00
        assertThat(march.minimumWageForHours()).isEqualByComparingTo("1872.00");           // 12 x 156
        assertThat(march.subsidy()).isEqualByComparingTo("936.00");                        // 50% of 1872, cap 1310.40
        assertThat(march.employerCosts()).isEqualByComparingTo("219.96");                  // 23.5% of 936
        assertThat(march.total()).isEqualByComparingTo("1155.96");
    }

    @Test
    void the_amount_changes_with_the_1_july_minimum_wage_and_the_decision_lists_both_periods() {
        var periods = youthLks.schedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), LocalDate.of(1990, 3, 14),
                HOURS_36, List.of(meting(LocalDate.of(2026, 5, 20), "60")));

        assertThat(periods).extracting(Loonkostensubsidie.PeriodAmount::from, Loonkostensubsidie.PeriodAmount::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31)));
        // June: 15 x 156 = 2340; 40% = 936.00; + 219.96 = 1155.96
        assertThat(periods.get(0).calculation().total()).isEqualByComparingTo("1155.96");
        // July: 16 x 156 = 2496; 40% = 998.40; 23.5% = 234.624 -> 234.62; 998.40 + 234.62 = 1233.02
        assertThat(periods.get(1).calculation().subsidy()).isEqualByComparingTo("998.40");
        assertThat(periods.get(1).calculation().total()).isEqualByComparingTo("1233.02");
    }

    @Test
    void a_reassessment_of_the_loonwaarde_starts_a_new_period_from_the_day_of_the_meting() {
        var periods = youthLks.schedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30), LocalDate.of(1990, 3, 14),
                HOURS_36, List.of(meting(LocalDate.of(2026, 5, 20), "60"), meting(LocalDate.of(2026, 8, 1), "70")));

        assertThat(periods).hasSize(3);
        assertThat(periods.get(2).from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(periods.get(2).loonwaardePercent()).isEqualByComparingTo("70");
        // from 1 August: 30% of 2496 = 748.80; 23.5% = 175.968 -> 175.97; total 924.77
        assertThat(periods.get(2).calculation().subsidy()).isEqualByComparingTo("748.80");
        assertThat(periods.get(2).calculation().total()).isEqualByComparingTo("924.77");
        assertThat(periods.get(1).calculation().total()).isEqualByComparingTo("1233.02");
    }

    @Test
    void a_decision_on_the_employers_estimate_alone_is_refused() {
        assertThatThrownBy(() -> youthLks.schedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), null, HOURS_36,
                List.of())).isInstanceOfSatisfying(nl.werkbrug.shared.InvalidInputException.class, invalid ->
                assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("subsidy.error.meting-needed"));
    }

    @Test
    void a_period_whose_minimum_wage_is_not_configured_is_shown_as_missing_not_as_the_previous_amount() {
        var periods = youthLks.schedule(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31), null, HOURS_36,
                List.of(meting(LocalDate.of(2026, 11, 20), "60")));

        assertThat(periods.get(0).calculation().total()).isEqualByComparingTo("1233.02");
        assertThat(periods.get(1).from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(periods.get(1).minimumWageMissing()).isTrue();
        assertThat(periods.get(1).hourlyMinimumWage()).isNull();
        assertThat(withYouth.missingPeriod(LocalDate.of(2026, 12, 2))).contains(LocalDate.of(2027, 1, 1));
        assertThat(withYouth.missingPeriod(LocalDate.of(2026, 3, 2))).isEmpty();
    }

    @Test
    void a_contract_starting_before_the_first_configured_period_gets_a_clear_message() {
        assertThatThrownBy(() -> youthLks.schedule(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 28), null, HOURS_36,
                List.of(meting(LocalDate.of(2025, 10, 1), "60")))).isInstanceOfSatisfying(
                nl.werkbrug.shared.InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("subsidy.error.wml-before-first");
                    assertThat(invalid.problems().getFirst().args()).containsExactly(LocalDate.of(2026, 1, 1));
                });
    }

    @Test
    void the_youth_percentage_follows_the_birthday_and_ends_at_21() {
        // born 15 August 2005: 20 until 14 August 2026, 21 from 15 August
        var periods = youthLks.schedule(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2005, 8, 15),
                HOURS_36, List.of(meting(LocalDate.of(2026, 6, 1), "50")));

        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).hourlyMinimumWage()).isEqualByComparingTo("12.80");   // 80% of 16.00
        assertThat(periods.get(1).from()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(periods.get(1).hourlyMinimumWage()).isEqualByComparingTo("16.00");
    }
}
