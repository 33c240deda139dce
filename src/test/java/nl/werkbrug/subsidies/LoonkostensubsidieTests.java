package nl.werkbrug.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
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
}
