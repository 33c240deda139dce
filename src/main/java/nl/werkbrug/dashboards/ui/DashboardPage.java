package nl.werkbrug.dashboards.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.FigureMatrix;
import nl.werkbrug.dashboards.KpiDefinition;
import nl.werkbrug.dashboards.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * What every dashboard page has: a heading, the period filter, a chart of one KPI from the first table (with its
 * text alternative pointing at that table), and the tables with their downloads. A page says which tables it shows.
 */
@StyleSheet("styles/dashboards.css")
abstract class DashboardPage extends Main implements HasDynamicTitle {

    /** A table of the page: its id, title, figures and where its rows lead. */
    record Table(String id, String title, FigureMatrix matrix, @Nullable Function<FigureMatrix.Row, String> rowLink) {
    }

    protected final Dashboards dashboards;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Select<ReportingPeriod> period = new Select<>();
    private final Select<KpiDefinition> chartKpi = new Select<>();
    private final Chart chart = new Chart();
    private final Paragraph chartNote = new Paragraph();
    private final Div tables = new Div();
    private final List<Table> shown = new ArrayList<>();

    DashboardPage(Dashboards dashboards) {
        this.dashboards = dashboards;
        addClassName("werkbrug-page");
        addClassName("dashboard");
        FigureTexts texts = texts();
        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(dashboards.periods());
        period.setItemLabelGenerator(texts::period);
        period.setValue(dashboards.periods().getFirst());
        period.addValueChangeListener(change -> refresh());
        chartKpi.setId("dashboard-chart-kpi");
        chartKpi.setLabel(getTranslation("dashboard.chart.kpi"));
        chartKpi.setItemLabelGenerator(texts::kpiName);
        chartKpi.setWidth("28em");
        chartKpi.setMaxWidth("100%");
        chartKpi.addValueChangeListener(change -> drawChart());
        chart.setId("dashboard-chart");
        chart.getElement().setAttribute("aria-describedby", "dashboard-chart-note");
        chartNote.setId("dashboard-chart-note");
        H2 chartHeading = new H2(getTranslation("dashboard.chart.heading"));
        add(heading, intro, period, chartHeading, chartKpi, chart, chartNote, tables);
    }

    /** The tables for the period; the first feeds the chart. */
    protected abstract List<Table> tables(ReportingPeriod period);

    /** What the page shows below its tables for the period (history, ambitions, downloads); none by default. */
    protected List<Component> extras(ReportingPeriod period) {
        return List.of();
    }

    /** A line over months instead of bars per municipality. */
    protected abstract boolean chartOverTime();

    /** The texts in this screen's language, fixed now: downloads run in a request of their own, without this UI. */
    protected FigureTexts texts() {
        Locale locale = getLocale();
        return new FigureTexts(locale, (key, arguments) -> getTranslation(locale, key, arguments));
    }

    protected void setHeading(String text, String introduction) {
        heading.setText(text);
        intro.setText(introduction);
    }

    protected void addBefore(Component component) {
        addComponentAtIndex(2, component);
    }

    protected void refresh() {
        ReportingPeriod chosen = period.getValue();
        shown.clear();
        shown.addAll(tables(chosen));
        tables.removeAll();
        FigureTexts texts = texts();
        for (Table table : shown) {
            FigureTable component = new FigureTable(table.id(), table.title(), table.rowLink());
            component.show(table.matrix(), texts);
            tables.add(component);
        }
        extras(chosen).forEach(tables::add);
        KpiDefinition selected = chartKpi.getValue();
        List<KpiDefinition> kpis = shown.getFirst().matrix().kpis();
        chartKpi.setItems(kpis);
        chartKpi.setValue(selected != null && kpis.contains(selected) ? selected : firstWithFigures(shown.getFirst().matrix()));
        drawChart();
    }

    /** The first KPI with anything recorded in the period, so the chart opens on something. */
    private static KpiDefinition firstWithFigures(FigureMatrix matrix) {
        for (int column = 0; column < matrix.kpis().size(); column++) {
            if (!matrix.total().cells().get(column).isEmpty()) {
                return matrix.kpis().get(column);
            }
        }
        return matrix.kpis().getFirst();
    }

    private void drawChart() {
        KpiDefinition kpi = chartKpi.getValue();
        if (kpi == null || shown.isEmpty()) {
            return;
        }
        Table table = shown.getFirst();
        FigureMatrix matrix = table.matrix();
        int column = matrix.kpis().indexOf(kpi);
        FigureTexts texts = texts();
        List<String> categories = matrix.rows().stream().map(row -> texts.rowLabel(matrix, row)).toList();
        List<@Nullable BigDecimal> values = matrix.rows().stream().map(row -> row.cells().get(column).value()).toList();
        chart.show(getTranslation("dashboard.chart.label", texts.kpiName(kpi), texts.period(matrix.period()),
                        table.title()), categories, texts.kpiName(kpi), values, chartOverTime(),
                texts.formats().locale().toLanguageTag());
        chartNote.setText(getTranslation("dashboard.chart.note", table.title(), texts.asOf(matrix),
                getTranslation("dashboard.version", kpi.version())));
    }
}
