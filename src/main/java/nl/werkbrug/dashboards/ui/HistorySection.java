package nl.werkbrug.dashboards.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.werkbrug.dashboards.Cell;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.HistoricalFigures;
import nl.werkbrug.dashboards.HistoricalFigures.Series;
import nl.werkbrug.dashboards.History;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.dashboards.TimelinePoint;
import org.jspecify.annotations.Nullable;

/**
 * History and live figures of one municipality on one time axis: per live KPI, the sources' series that follow its
 * definition joined with the live figures per year, and for series under another definition a line that says so
 * instead of joining them. Below, every figure of the sources and where they contradict themselves.
 */
class HistorySection extends Composite<Div> {

    private final History history;
    private final FigureTexts texts;

    /**
     * @param liveYear the municipality's live figures over a calendar year (suppressed for the coordinator)
     */
    HistorySection(History history, @Nullable HistoricalFigures figures, String name, List<KpiDefinition> kpis,
                   IntFunction<FigureMatrix> liveYear, int currentYear, FigureTexts texts) {
        this.history = history;
        this.texts = texts;
        Div content = getContent();
        Section.begin(content, "history", texts.t("dashboard.history.heading"));
        content.add(new Paragraph(texts.t("dashboard.history.intro")));
        if (figures == null) {
            Paragraph none = new Paragraph(texts.t("dashboard.history.none", name));
            none.setId("history-none");
            content.add(none);
            return;
        }
        int firstYear = figures.series().stream().flatMap(series -> series.values().stream())
                .mapToInt(value -> value.months().from().getYear()).min().orElse(currentYear);
        Map<Integer, FigureMatrix> years = new TreeMap<>();
        for (KpiDefinition kpi : kpis) {
            List<Series> matching = figures.matching(kpi.id());
            List<Series> differing = figures.differing(kpi.id());
            if (matching.isEmpty() && differing.isEmpty()) {
                continue;
            }
            content.add(new H3(texts.kpiHeader(kpi)));
            if (!matching.isEmpty()) {
                int column = kpis.indexOf(kpi);
                Map<Integer, Cell> live = new TreeMap<>();
                for (int year = firstYear; year <= currentYear; year++) {
                    live.put(year, years.computeIfAbsent(year, liveYear::apply).total().cells().get(column));
                }
                content.add(axis(kpi, matching, TimelinePoint.axis(matching, live)));
            }
            for (Series series : differing) {
                Paragraph other = new Paragraph(texts.t("dashboard.history.other-definition", series.name(),
                        history.cite(series.source()), series.kpi() == null ? "" : series.kpi().why()));
                other.addClassName("history-other-definition");
                other.getElement().setAttribute("data-series", series.id());
                content.add(other);
            }
        }
        content.add(all(figures));
    }

    private Div axis(KpiDefinition kpi, List<Series> matching, List<TimelinePoint> points) {
        NativeTable table = new NativeTable();
        table.setId("history-axis-" + kpi.id());
        table.getElement().setAttribute("aria-label", texts.t("dashboard.history.axis", texts.kpiName(kpi)));
        table.getHead().addRows(headRow("dashboard.history.column.period", "dashboard.history.column.value",
                "dashboard.history.column.origin", "dashboard.history.column.note"));
        for (TimelinePoint point : points) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell period = new NativeTableHeaderCell(point.period().label());
            period.getElement().setAttribute("scope", "row");
            String value = point.suppressed() ? texts.t("dashboard.suppressed")
                    : point.value() == null ? FigureTexts.NOTHING : number(point.value());
            String origin = point.live() ? texts.t("dashboard.history.live", kpi.version())
                    : history.cite(point.series().source());
            row.add(period, new NativeTableCell(value), new NativeTableCell(origin),
                    new NativeTableCell(point.note() == null ? "" : point.note()));
            row.getElement().setAttribute("data-origin", point.live() ? "live" : "bron");
            table.getBody().addRows(row);
        }
        Div box = new Div(Scroller.of(table, texts.t("dashboard.history.axis", texts.kpiName(kpi))));
        for (Series series : matching) {
            box.add(new Paragraph(texts.t("dashboard.history.same-definition", series.name(),
                    series.kpi() == null ? "" : series.kpi().why())));
        }
        return box;
    }

    /** Every series of the sources, folded away, and where the sources contradict themselves. */
    private Details all(HistoricalFigures figures) {
        NativeTable table = new NativeTable();
        table.setId("history-all");
        table.getHead().addRows(headRow("dashboard.history.column.series", "dashboard.history.column.period",
                "dashboard.history.column.value", "dashboard.history.column.origin"));
        for (Series series : figures.series()) {
            for (HistoricalFigures.Value value : series.values()) {
                NativeTableRow row = new NativeTableRow();
                NativeTableHeaderCell name = new NativeTableHeaderCell(series.name() + " (" + series.unit() + ")");
                name.getElement().setAttribute("scope", "row");
                String shown = number(value.value()) + (value.note() == null ? "" : " (" + value.note() + ")");
                row.add(name, new NativeTableCell(value.months().label()), new NativeTableCell(shown),
                        new NativeTableCell(history.cite(series.source())));
                table.getBody().addRows(row);
            }
        }
        Div body = new Div(Scroller.of(table, texts.t("dashboard.history.all")));
        if (!figures.inconsistencies().isEmpty()) {
            body.add(new H3(texts.t("dashboard.history.inconsistencies")));
            UnorderedList list = new UnorderedList();
            list.setId("history-inconsistencies");
            figures.inconsistencies().forEach(inconsistency -> list.add(new ListItem(inconsistency.text())));
            body.add(list);
        }
        Details details = new Details(texts.t("dashboard.history.all"), body);
        details.setId("history-all-details");
        return details;
    }

    private NativeTableRow headRow(String... keys) {
        NativeTableRow head = new NativeTableRow();
        for (String key : keys) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(texts.t(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        return head;
    }

    private String number(BigDecimal value) {
        return texts.formats().number(value);
    }
}
