package nl.werkbrug.dashboards.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or line chart drawn by Apache ECharts in the browser ({@code META-INF/resources/vendor/werkbrug-chart.js}).
 * It is an image to assistive technology, labelled by the server; the figures themselves are in the data table the
 * label refers to. Both scripts are static files loaded in this order, outside Vaadin's bundle (ADR 0015).
 */
@Tag("werkbrug-chart")
@JavaScript("context://vendor/echarts-6.1.0/echarts.min.js")
@JavaScript("context://vendor/werkbrug-chart.js")
class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Chart() {
        getElement().setAttribute("role", "img");
        getStyle().set("display", "block");
        setWidthFull();
        setHeight("320px");
    }

    /**
     * Draws one series; a value that is null (suppressed or nothing recorded) is left out of the drawing.
     *
     * @param line a line over time instead of bars per category
     */
    void show(String label, List<String> categories, String seriesName, List<@Nullable BigDecimal> values,
              boolean line, String locale) {
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("locale", locale);
        Map<String, Object> options = Map.of(
                "grid", Map.of("left", 64, "right", 16, "top", 24, "bottom", 48),
                "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", line ? "line" : "bar", "name", seriesName,
                        "data", values.stream().map(value -> value == null ? "-" : (Object) value).toList(),
                        "itemStyle", Map.of("color", "#1f5f8b"))));
        getElement().setAttribute("options", JSON.writeValueAsString(options));
    }
}
