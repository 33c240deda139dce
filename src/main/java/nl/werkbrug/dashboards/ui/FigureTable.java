package nl.werkbrug.dashboards.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A table of figures: a caption with period and peildatum, a column per KPI whose head names the definition and its
 * version and links to it, the suppression note where cells are suppressed, an empty state, and the downloads.
 */
class FigureTable extends Composite<Div> {

    private final String id;
    private final String title;
    private final @Nullable Function<FigureMatrix.Row, String> rowLink;

    /** @param rowLink where a row leads (drill-down), or null */
    FigureTable(String id, String title, @Nullable Function<FigureMatrix.Row, String> rowLink) {
        this.id = id;
        this.title = title;
        this.rowLink = rowLink;
        getContent().setId(id);
        getContent().addClassName("dashboard-table");
    }

    void show(FigureMatrix matrix, FigureTexts texts) {
        Div content = getContent();
        content.removeAll();
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        Paragraph asOf = new Paragraph(texts.asOf(matrix));
        asOf.setId(id + "-as-of");
        content.add(heading, asOf);
        if (!matrix.hasFigures()) {
            Paragraph empty = new Paragraph(texts.t("dashboard.empty"));
            empty.setId(id + "-empty");
            content.add(empty);
            return;
        }
        NativeTable table = new NativeTable();
        table.setId(id + "-figures");
        table.getElement().setAttribute("aria-labelledby", id + "-title " + id + "-as-of");
        NativeTableRow head = new NativeTableRow();
        head.add(header(texts.firstColumn(matrix)));
        for (KpiDefinition kpi : matrix.kpis()) {
            Anchor definition = new Anchor(kpi.link(), texts.kpiName(kpi));
            head.add(header(definition, new Span(" (" + kpi.unit().in(texts.locale()) + ", "
                    + texts.t("dashboard.version", kpi.version()) + ")")));
        }
        table.getHead().addRows(head);
        for (FigureMatrix.Row row : matrix.rows()) {
            table.getBody().addRows(row(matrix, row, texts, false));
        }
        table.getFoot().addRows(row(matrix, matrix.total(), texts, true));
        Div scroller = new Div(table);
        scroller.addClassName("dashboard-scroll");
        content.add(scroller);
        if (matrix.anySuppressed()) {
            Paragraph note = new Paragraph(texts.t("dashboard.suppressed.note"));
            note.setId(id + "-suppressed-note");
            content.add(note);
        }
        HorizontalLayout downloads = new HorizontalLayout(FigureExport.csv(id, matrix, texts, title),
                FigureExport.xlsx(id, matrix, texts, title));
        content.add(downloads);
    }

    private NativeTableRow row(FigureMatrix matrix, FigureMatrix.Row row, FigureTexts texts, boolean total) {
        NativeTableRow line = new NativeTableRow();
        String label = total ? texts.totalLabel(matrix) : texts.rowLabel(matrix, row);
        NativeTableHeaderCell first = rowLink == null || total ? new NativeTableHeaderCell(label)
                : new NativeTableHeaderCell(new Anchor(rowLink.apply(row), label));
        first.getElement().setAttribute("scope", "row");
        line.add(first);
        List<KpiDefinition> kpis = matrix.kpis();
        for (int column = 0; column < kpis.size(); column++) {
            NativeTableCell cell = new NativeTableCell(texts.cell(kpis.get(column), row.cells().get(column)));
            cell.getElement().setAttribute("data-kpi", kpis.get(column).id());
            if (row.cells().get(column).suppressed()) {
                cell.addClassName("suppressed");
            }
            line.add(cell);
        }
        line.getElement().setAttribute("data-row", row.key());
        return line;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell header(Component... parts) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(parts);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
