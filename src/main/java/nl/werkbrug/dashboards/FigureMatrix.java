package nl.werkbrug.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import nl.werkbrug.dashboards.KpiDefinition.Measure;

/**
 * A table of figures: one column per KPI, one row per municipality, month or instrument, and a total row; with the
 * period and the peildatum (the date the figures are as of: their last recomputation). {@code suppressed} says
 * whether the small-cell rule has been applied.
 */
public record FigureMatrix(RowKind rowKind, List<KpiDefinition> kpis, List<Row> rows, Row total,
                           ReportingPeriod period, LocalDate peildatum, boolean suppressed) {

    public enum RowKind { MUNICIPALITY, MONTH, INSTRUMENT }

    /** A row: its key (municipality id, {@code yyyy-MM} or instrument code), its label and a cell per KPI. */
    public record Row(String key, String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public FigureMatrix {
        kpis = List.copyOf(kpis);
        rows = List.copyOf(rows);
    }

    /** Whether anything at all has been recorded in the period. */
    public boolean hasFigures() {
        return rows.stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> !cell.isEmpty());
    }

    /** Whether any cell is suppressed, so the table needs the note that says so. */
    public boolean anySuppressed() {
        return total.cells().stream().anyMatch(Cell::suppressed)
                || rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::suppressed);
    }

    /** The same table with the small-cell rule applied to each column ({@link SmallCells}). */
    public FigureMatrix withSuppression() {
        if (suppressed) {
            return this;
        }
        List<List<Cell>> rowCells = rows.stream().map(row -> (List<Cell>) new ArrayList<>(row.cells())).toList();
        List<Cell> totalCells = new ArrayList<>(total.cells());
        for (int column = 0; column < kpis.size(); column++) {
            int c = column;
            boolean additive = rowKind != RowKind.MONTH || kpis.get(c).measure() != Measure.STOCK;
            SmallCells.Column applied = SmallCells.suppress(rowCells.stream().map(cells -> cells.get(c)).toList(),
                    totalCells.get(c), additive);
            IntStream.range(0, rowCells.size()).forEach(r -> rowCells.get(r).set(c, applied.rows().get(r)));
            totalCells.set(c, applied.total());
        }
        List<Row> newRows = IntStream.range(0, rows.size())
                .mapToObj(r -> new Row(rows.get(r).key(), rows.get(r).label(), rowCells.get(r))).toList();
        return new FigureMatrix(rowKind, kpis, newRows, new Row(total.key(), total.label(), totalCells), period,
                peildatum, true);
    }
}
