package nl.werkbrug.dashboards.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import nl.werkbrug.dashboards.AmbitionResult;
import nl.werkbrug.dashboards.AmbitionResult.Verdict;
import nl.werkbrug.dashboards.HistoricalFigures.Ambition;
import nl.werkbrug.dashboards.History;
import nl.werkbrug.tenancy.Tenant;

/**
 * Ambition against realisation with a verdict: the ambitions the sources set for a municipality, each with its
 * target, period, the realisation the sources give, our verdict (and why it cannot be given), and the source's own
 * verdict beside it; or, for the region, per municipality how many ambitions are reached, and "ontbreekt" where the
 * sources set none.
 */
class AmbitionsSection extends Composite<Div> {

    private final FigureTexts texts;

    private AmbitionsSection(String id, FigureTexts texts) {
        this.texts = texts;
        Section.begin(getContent(), id, texts.t("dashboard.ambitions.heading"));
    }

    /** One municipality's ambitions. */
    static AmbitionsSection of(History history, String municipality, String name, FigureTexts texts) {
        AmbitionsSection section = new AmbitionsSection("ambitions", texts);
        List<AmbitionResult> results = history.ambitions(municipality);
        if (results.isEmpty()) {
            Paragraph none = new Paragraph(texts.t("dashboard.ambitions.none", name));
            none.setId("ambitions-none");
            section.getContent().add(none);
            return section;
        }
        NativeTable table = section.table("ambitions-table", "dashboard.ambitions.column.ambition",
                "dashboard.ambitions.column.target", "dashboard.ambitions.column.period",
                "dashboard.ambitions.column.realisation", "dashboard.ambitions.column.verdict",
                "dashboard.ambitions.column.source-verdict", "dashboard.ambitions.column.source");
        for (AmbitionResult result : results) {
            Ambition ambition = result.ambition();
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell text = new NativeTableHeaderCell(ambition.text());
            text.getElement().setAttribute("scope", "row");
            String target = ambition.target() == null ? texts.t("dashboard.ambitions.missing")
                    : texts.t("dashboard.ambitions.comparison." + ambition.comparison().name().toLowerCase(Locale.ROOT),
                    texts.formats().number(ambition.target()), ambition.unit());
            String period = ambition.months() == null ? texts.t("dashboard.ambitions.missing") : ambition.months().label();
            String realisation = result.realisation() == null ? texts.t("dashboard.ambitions.missing")
                    : texts.t("dashboard.ambitions.realised", texts.formats().number(result.realisation().value()),
                    result.realisation().months().label());
            NativeTableCell verdict = new NativeTableCell(section.verdict(result));
            verdict.getElement().setAttribute("data-verdict", result.verdict().name());
            String source = history.cite(ambition.source()) + (ambition.note() == null ? "" : "; " + ambition.note());
            row.add(text, new NativeTableCell(target), new NativeTableCell(period), new NativeTableCell(realisation),
                    verdict, new NativeTableCell(ambition.sourceVerdict() == null ? FigureTexts.NOTHING : ambition.sourceVerdict()),
                    new NativeTableCell(source));
            row.getElement().setAttribute("data-ambition", ambition.id());
            table.getBody().addRows(row);
        }
        section.getContent().add(Scroller.of(table, texts.t("dashboard.ambitions.heading")));
        return section;
    }

    /** The region: per municipality the verdicts counted, "ontbreekt" where the sources set no ambition. */
    static AmbitionsSection region(History history, List<Tenant> municipalities, Function<Tenant, String> link,
                                   FigureTexts texts) {
        AmbitionsSection section = new AmbitionsSection("region-ambitions", texts);
        section.getContent().add(new Paragraph(texts.t("dashboard.ambitions.region-intro")));
        NativeTable table = section.table("region-ambitions-table", "dashboard.column.municipality",
                "dashboard.ambitions.column.count", "dashboard.ambitions.verdict.gehaald",
                "dashboard.ambitions.verdict.niet_gehaald", "dashboard.ambitions.verdict.loopt_nog",
                "dashboard.ambitions.verdict.onbekend");
        for (Tenant tenant : municipalities) {
            List<AmbitionResult> results = history.ambitions(tenant.id());
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(new Anchor(link.apply(tenant), tenant.shortName()));
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            if (results.isEmpty()) {
                NativeTableCell missing = new NativeTableCell(texts.t("dashboard.ambitions.missing"));
                missing.getElement().setAttribute("colspan", "5");
                row.add(missing);
            } else {
                Map<Verdict, Long> counted = results.stream()
                        .collect(Collectors.groupingBy(AmbitionResult::verdict, Collectors.counting()));
                row.add(new NativeTableCell(String.valueOf(results.size())));
                for (Verdict verdict : Verdict.values()) {
                    row.add(new NativeTableCell(String.valueOf(counted.getOrDefault(verdict, 0L))));
                }
            }
            row.getElement().setAttribute("data-row", tenant.id());
            table.getBody().addRows(row);
        }
        section.getContent().add(Scroller.of(table, texts.t("dashboard.ambitions.heading")));
        return section;
    }

    private String verdict(AmbitionResult result) {
        String verdict = texts.t("dashboard.ambitions.verdict." + result.verdict().name().toLowerCase(Locale.ROOT));
        return result.reason() == null ? verdict
                : verdict + ": " + texts.t("dashboard.ambitions.reason." + result.reason().name().toLowerCase(Locale.ROOT));
    }

    private NativeTable table(String id, String... columns) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.getElement().setAttribute("aria-labelledby", getContent().getId().orElseThrow() + "-title");
        NativeTableRow head = new NativeTableRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(texts.t(column));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().addRows(head);
        return table;
    }
}
