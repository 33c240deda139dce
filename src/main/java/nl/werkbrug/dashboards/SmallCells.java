package nl.werkbrug.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The small-cell rule of regional views and exports: no figure may show, or let one derive, a number of 1 to 4
 * people or cases.
 * <ul>
 * <li><b>Primary</b>: a cell is suppressed when the number behind it is 1 to 4: a count, the cases behind an
 * amount, or for a share its numerator, its denominator or the rest (denominator minus numerator), since the share
 * and the denominator give the other two.</li>
 * <li><b>Secondary</b>: where the total of a column is the sum of its rows, a single suppressed row could be derived
 * as the total minus the others; then the smallest other row that is shown is suppressed too, and when no row is
 * left to suppress, the total. A total that is itself small is suppressed.</li>
 * </ul>
 * An empty cell (nobody) is not small: zero people cannot be identified.
 */
public final class SmallCells {

    /** Counts from 1 up to, not including, this number are small. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    static boolean isSmall(int count) {
        return count > 0 && count < THRESHOLD;
    }

    /** Whether the cell shows, or lets one derive, a small number. */
    static boolean isSmall(Cell cell) {
        if (cell.isEmpty() || cell.suppressed()) {
            return false;
        }
        if (isSmall(cell.cases())) {
            return true;
        }
        Integer numerator = cell.numerator();
        return numerator != null && (isSmall(numerator) || isSmall(cell.cases() - numerator));
    }

    /**
     * A column with the rule applied: its row cells followed by its total.
     *
     * @param additive whether the total is the sum of the rows (municipalities of a region, months of a count);
     *                 false where it is not (the end-of-period value of a stock over months is its last row, so
     *                 the primary rule already treats both alike)
     */
    static Column suppress(List<Cell> rows, Cell total, boolean additive) {
        List<Cell> shown = new ArrayList<>(rows.stream().map(cell -> isSmall(cell) ? Cell.SUPPRESSED : cell).toList());
        Cell shownTotal = isSmall(total) ? Cell.SUPPRESSED : total;
        if (additive && !shownTotal.suppressed()) {
            long suppressed = shown.stream().filter(Cell::suppressed).count();
            if (suppressed == 1) {
                IntStream.range(0, shown.size()).filter(i -> !shown.get(i).suppressed() && !shown.get(i).isEmpty())
                        .boxed().min(Comparator.comparingInt((Integer i) -> shown.get(i).cases()).thenComparing(i -> i))
                        .ifPresentOrElse(i -> shown.set(i, Cell.SUPPRESSED), () -> { });
                if (shown.stream().filter(Cell::suppressed).count() == 1) {
                    shownTotal = Cell.SUPPRESSED;
                }
            }
        }
        return new Column(List.copyOf(shown), shownTotal);
    }

    /** A column after the rule: the row cells and the total. */
    record Column(List<Cell> rows, Cell total) {
    }
}
