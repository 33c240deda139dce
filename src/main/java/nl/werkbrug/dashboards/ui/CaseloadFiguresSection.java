package nl.werkbrug.dashboards.ui;

import java.util.Arrays;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.CaseloadSummary;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.candidates.DoelgroepFlag;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's own caseload in figures, on the municipality's dashboard: open files and files without contact
 * within the municipality's interval, per rung of the ladder, filtered by target group (the files carry their
 * doelgroep flags; the dashboards' facts do not). Only the consultant's own files (responsible or involved).
 */
class CaseloadFiguresSection extends Composite<Div> {

    private static final int HIGHEST_RUNG = 6;

    private final Caseloads caseloads;
    private final FigureTexts texts;
    private final Select<DoelgroepFlag> group = new Select<>();
    private final Div figures = new Div();
    private final boolean interval;

    CaseloadFiguresSection(Caseloads caseloads, FigureTexts texts) {
        this.caseloads = caseloads;
        this.texts = texts;
        Div content = getContent();
        Section.begin(content, "own-caseload", texts.t("dashboard.caseload.heading"));
        CaseloadSummary summary = caseloads.summary();
        interval = summary.contactIntervalWeeks() != null;
        Paragraph norm = new Paragraph(summary.norm() == null
                ? texts.t("dashboard.caseload.no-norm", summary.openFiles())
                : texts.t("dashboard.caseload.norm", summary.openFiles(), summary.norm()));
        norm.setId("own-caseload-norm");
        group.setId("own-caseload-group");
        group.setLabel(texts.t("dashboard.caseload.group"));
        group.setItems(Arrays.asList(DoelgroepFlag.values()));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(texts.t("dashboard.caseload.group.all"));
        group.setItemLabelGenerator(flag -> flag == null ? texts.t("dashboard.caseload.group.all") : texts.t(flag.labelKey()));
        group.addValueChangeListener(change -> show(change.getValue()));
        content.add(new Paragraph(texts.t("dashboard.caseload.intro")), norm, group, figures);
        show(null);
    }

    private void show(@Nullable DoelgroepFlag flag) {
        figures.removeAll();
        NativeTable table = new NativeTable();
        table.setId("own-caseload-figures");
        table.getElement().setAttribute("aria-labelledby", "own-caseload-title");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"dashboard.caseload.column.rung", "dashboard.caseload.column.open",
                "dashboard.caseload.column.not-seen"}) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(texts.t(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().addRows(head);
        for (int rung = 0; rung <= HIGHEST_RUNG; rung++) {
            table.getBody().addRows(row(rung == 0 ? texts.t("dashboard.caseload.rung.none")
                    : texts.t("dashboard.caseload.rung", rung), rung, flag));
        }
        table.getFoot().addRows(row(texts.t("dashboard.caseload.total"), null, flag));
        figures.add(Scroller.of(table, texts.t("dashboard.caseload.heading")));
    }

    private NativeTableRow row(String label, @Nullable Integer rung, @Nullable DoelgroepFlag flag) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell first = new NativeTableHeaderCell(label);
        first.getElement().setAttribute("scope", "row");
        long open = caseloads.count(new CaseloadFilter(CaseloadFilter.Scope.MINE, null, rung, flag, null, false, null, false));
        // without a contact interval of the municipality no file is "not seen": the column says nothing then
        String notSeen = interval ? texts.formats().number(caseloads.count(new CaseloadFilter(CaseloadFilter.Scope.MINE,
                null, rung, flag, null, true, null, false))) : FigureTexts.NOTHING;
        row.add(first, new NativeTableCell(texts.formats().number(open)), new NativeTableCell(notSeen));
        row.getElement().setAttribute("data-row", rung == null ? "total" : String.valueOf(rung));
        return row;
    }
}
