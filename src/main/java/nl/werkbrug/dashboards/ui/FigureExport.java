package nl.werkbrug.dashboards.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.werkbrug.dashboards.Cell;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.shared.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table of figures as CSV ({@link Csv}: semicolons, a BOM, formulas defused) and as XLSX (fastexcel): the title,
 * period, peildatum and suppression note first, then the table, then the definitions of its columns. The small-cell
 * rule is always applied: an export leaves the portal.
 */
final class FigureExport {

    private FigureExport() {
    }

    static Anchor csv(String id, FigureMatrix matrix, FigureTexts texts, String title) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = csv(matrix, texts, title);
            return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".csv", "text/csv;charset=UTF-8", bytes.length);
        }), texts.t("dashboard.export.csv"));
        anchor.setId(id + "-csv");
        return anchor;
    }

    static Anchor xlsx(String id, FigureMatrix matrix, FigureTexts texts, String title) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = xlsx(matrix, texts, title);
            return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), texts.t("dashboard.export.xlsx"));
        anchor.setId(id + "-xlsx");
        return anchor;
    }

    /** The lines of an export, each a list of texts. */
    static List<List<String>> lines(FigureMatrix shown, FigureTexts texts, String title) {
        FigureMatrix matrix = shown.withSuppression();
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(title));
        lines.add(List.of(texts.t("dashboard.export.period"), texts.period(matrix.period())));
        lines.add(List.of(texts.t("dashboard.export.as-of"), texts.date(matrix.peildatum())));
        lines.add(List.of(texts.t("dashboard.export.suppression"), texts.t("dashboard.suppressed.note")));
        lines.add(List.of());
        List<String> head = new ArrayList<>(List.of(texts.firstColumn(matrix)));
        matrix.kpis().forEach(kpi -> head.add(texts.kpiHeader(kpi)));
        lines.add(head);
        for (FigureMatrix.Row row : matrix.rows()) {
            lines.add(cells(texts.rowLabel(matrix, row), matrix, row, texts));
        }
        lines.add(cells(texts.totalLabel(matrix), matrix, matrix.total(), texts));
        lines.add(List.of());
        lines.add(List.of(texts.t("dashboard.export.definitions")));
        lines.add(List.of(texts.t("dashboard.definition.id"), texts.t("dashboard.definition.version"),
                texts.t("dashboard.definition.name"), texts.t("dashboard.definition.unit"),
                texts.t("dashboard.definition.formula"), texts.t("dashboard.definition.source"),
                texts.t("dashboard.definition.basis"), texts.t("dashboard.definition.owner")));
        for (KpiDefinition kpi : matrix.kpis()) {
            lines.add(List.of(kpi.id(), String.valueOf(kpi.version()), texts.kpiName(kpi), kpi.unit().in(texts.locale()),
                    kpi.formula().in(texts.locale()), kpi.source(), kpi.basis(), kpi.owner()));
        }
        return lines;
    }

    private static List<String> cells(String label, FigureMatrix matrix, FigureMatrix.Row row, FigureTexts texts) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (int column = 0; column < matrix.kpis().size(); column++) {
            cells.add(texts.cell(matrix.kpis().get(column), row.cells().get(column)));
        }
        return cells;
    }

    static byte[] csv(FigureMatrix matrix, FigureTexts texts, String title) {
        List<List<String>> lines = lines(matrix, texts, title);
        return Csv.write(lines.getFirst(), lines.subList(1, lines.size()));
    }

    /** The same lines in a worksheet; the figures of the table as numbers, suppressed cells as the word. */
    static byte[] xlsx(FigureMatrix shown, FigureTexts texts, String title) {
        FigureMatrix matrix = shown.withSuppression();
        List<List<String>> lines = lines(matrix, texts, title);
        int firstFigureLine = 6;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Werkbrug", "1.0");
            Worksheet sheet = workbook.newWorksheet(texts.t("dashboard.export.sheet"));
            List<FigureMatrix.Row> rows = new ArrayList<>(matrix.rows());
            rows.add(matrix.total());
            for (int line = 0; line < lines.size(); line++) {
                List<String> cells = lines.get(line);
                int figureRow = line - firstFigureLine;
                for (int column = 0; column < cells.size(); column++) {
                    Cell figure = figureRow >= 0 && figureRow < rows.size() && column > 0
                            ? rows.get(figureRow).cells().get(column - 1) : null;
                    if (figure != null && figure.value() != null) {
                        sheet.value(line, column, figure.value());
                    } else {
                        sheet.value(line, column, cells.get(column));
                    }
                }
            }
            sheet.style(0, 0).bold().set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
