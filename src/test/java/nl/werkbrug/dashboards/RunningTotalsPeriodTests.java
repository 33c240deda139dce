package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A period's value from the running totals at its end and before its start ({@link RunningTotals.Period}). */
class RunningTotalsPeriodTests {

    @Test
    void a_flow_is_the_total_at_the_end_minus_the_total_before_the_start() {
        RunningTotals.Period period = new RunningTotals.Period(false);
        // before the start: 7 cases, 3 of them counted in the numerator, € 1.000,50; at the end 12, 5, € 2.500,75
        period.add(false, true, 7, 3, new BigDecimal("1000.50"));
        period.add(true, false, 12, 5, new BigDecimal("2500.75"));

        assertThat(period.hasFigures()).isTrue();
        assertThat(period.cases()).isEqualTo(5);
        assertThat(period.numerator()).isEqualTo(2);
        assertThat(period.amount()).isEqualByComparingTo("1500.25");
    }

    @Test
    void a_flow_whose_first_figure_is_in_the_period_has_no_total_before_it() {
        RunningTotals.Period period = new RunningTotals.Period(false);
        period.add(true, false, 4, 1, new BigDecimal("300.00"));

        assertThat(period.cases()).isEqualTo(4);
        assertThat(period.numerator()).isEqualTo(1);
        assertThat(period.amount()).isEqualByComparingTo("300.00");
    }

    @Test
    void a_flow_without_a_figure_in_the_period_has_none() {
        RunningTotals.Period unchanged = new RunningTotals.Period(false);
        unchanged.add(false, true, 9, 2, null);
        unchanged.add(true, false, 9, 2, null);
        // the municipality's totals ended before the period: its last row is both the end and the start
        RunningTotals.Period ended = new RunningTotals.Period(false);
        ended.add(true, true, 6, 0, new BigDecimal("80.00"));

        assertThat(unchanged.hasFigures()).isFalse();
        assertThat(ended.hasFigures()).isFalse();
        assertThat(ended.cases()).isZero();
        assertThat(ended.amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_flow_without_an_amount_at_the_end_has_no_amount() {
        RunningTotals.Period period = new RunningTotals.Period(false);
        period.add(false, true, 1, 0, null);
        period.add(true, false, 3, 0, null);

        assertThat(period.cases()).isEqualTo(2);
        assertThat(period.amount()).isNull();
    }

    @Test
    void a_stock_is_the_total_at_the_end_alone_and_always_shown() {
        RunningTotals.Period period = new RunningTotals.Period(true);
        period.add(false, true, 40, 10, null);
        period.add(true, false, 35, 12, null);
        RunningTotals.Period unchanged = new RunningTotals.Period(true);
        unchanged.add(true, true, 40, 10, null);

        assertThat(period.cases()).isEqualTo(35);
        assertThat(period.numerator()).isEqualTo(12);
        assertThat(unchanged.hasFigures()).isTrue();
        assertThat(unchanged.cases()).isEqualTo(40);
    }
}
