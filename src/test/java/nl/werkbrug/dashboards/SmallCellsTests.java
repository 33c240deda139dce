package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import nl.werkbrug.dashboards.KpiDefinition.Measure;
import org.junit.jupiter.api.Test;

/** The small-cell rule on hand-worked columns: which cells a regional table may show. */
class SmallCellsTests {

    private static final Cell S = Cell.SUPPRESSED;

    private static Cell count(int n) {
        return Cell.of(Measure.COUNT, n, 0, null);
    }

    @Test
    void a_count_of_three_is_suppressed_and_so_is_the_smallest_other_cell_because_the_total_would_give_it_away() {
        // 12 + 3 + 7 + 9 = 31: with 31, 12, 7 and 9 shown, the 3 would be 31 - 12 - 7 - 9; so the 7 goes too.
        SmallCells.Column column = SmallCells.suppress(List.of(count(12), count(3), count(7), count(9)), count(31), true);

        assertThat(column.rows()).containsExactly(count(12), S, S, count(9));
        assertThat(column.total()).isEqualTo(count(31));
    }

    @Test
    void two_small_cells_protect_each_other_and_the_total_stays() {
        // 12 + 3 + 4 + 9 = 28: 28 - 12 - 9 = 7 is the sum of two hidden cells, neither can be told.
        SmallCells.Column column = SmallCells.suppress(List.of(count(12), count(3), count(4), count(9)), count(28), true);

        assertThat(column.rows()).containsExactly(count(12), S, S, count(9));
        assertThat(column.total()).isEqualTo(count(28));
    }

    @Test
    void an_empty_cell_is_not_small_and_is_not_chosen_to_hide_another() {
        // 6 + 0 + 2 = 8: the 2 is small; the empty cell reveals nobody, so the 6 is hidden with it.
        SmallCells.Column column = SmallCells.suppress(List.of(count(6), Cell.EMPTY, count(2)), count(8), true);

        assertThat(column.rows()).containsExactly(S, Cell.EMPTY, S);
        assertThat(column.total()).isEqualTo(count(8));
    }

    @Test
    void a_small_total_is_suppressed_with_its_cells() {
        SmallCells.Column column = SmallCells.suppress(List.of(count(2), Cell.EMPTY), count(2), true);

        assertThat(column.rows()).containsExactly(S, Cell.EMPTY);
        assertThat(column.total()).isEqualTo(S);
    }

    @Test
    void when_no_other_cell_can_hide_the_small_one_the_total_is_suppressed() {
        // 4 + 0 = 4 is small anyway; 4 + 5 = 9 with one other cell: the 5 is hidden, the total stays
        SmallCells.Column single = SmallCells.suppress(List.of(count(4), count(5)), count(9), true);
        assertThat(single.rows()).containsExactly(S, S);
        assertThat(single.total()).isEqualTo(count(9));
        // a lone municipality row of 3 under a total of 8 made up elsewhere is not possible; a row of 3 with only
        // empty neighbours: the total (3) is small itself
        SmallCells.Column lone = SmallCells.suppress(List.of(count(3), Cell.EMPTY, Cell.EMPTY), count(3), true);
        assertThat(lone.total()).isEqualTo(S);
    }

    @Test
    void a_stock_over_months_is_not_a_sum_so_only_the_small_month_and_the_equal_end_value_are_hidden() {
        // pool size at the end of three months: 10, 12, 3; the period's value is the last month's, 3
        SmallCells.Column column = SmallCells.suppress(List.of(count(10), count(12), count(3)), count(3), false);

        assertThat(column.rows()).containsExactly(count(10), count(12), S);
        assertThat(column.total()).isEqualTo(S);
    }

    @Test
    void a_share_is_suppressed_when_its_numerator_its_denominator_or_the_rest_is_small() {
        // 17 of 20 in time: 85.0 %, but the 3 late ones follow from 85 % of 20
        assertThat(SmallCells.isSmall(Cell.of(Measure.SHARE, 20, 17, null))).isTrue();
        // 10 of 20: 50.0 %, nothing small
        Cell half = Cell.of(Measure.SHARE, 20, 10, null);
        assertThat(half.value()).isEqualByComparingTo("50.0");
        assertThat(SmallCells.isSmall(half)).isFalse();
        // 2 of 20 and 4 of 4
        assertThat(SmallCells.isSmall(Cell.of(Measure.SHARE, 20, 2, null))).isTrue();
        assertThat(SmallCells.isSmall(Cell.of(Measure.SHARE, 4, 4, null))).isTrue();
        // 20 of 20: the rest is nobody
        assertThat(SmallCells.isSmall(Cell.of(Measure.SHARE, 20, 20, null))).isFalse();
    }

    @Test
    void an_amount_behind_fewer_than_five_grants_is_suppressed() {
        assertThat(SmallCells.isSmall(Cell.of(Measure.AMOUNT, 3, 0, new BigDecimal("4500.00")))).isTrue();
        assertThat(SmallCells.isSmall(Cell.of(Measure.AMOUNT, 5, 0, new BigDecimal("7500.00")))).isFalse();
    }
}
