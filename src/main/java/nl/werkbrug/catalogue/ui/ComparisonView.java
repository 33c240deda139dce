package nl.werkbrug.catalogue.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.catalogue.ComparedAspect;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.InstrumentComparison;
import nl.werkbrug.catalogue.PublishedInstrument;
import org.jspecify.annotations.Nullable;

/**
 * One instrument in every municipality of the region, side by side: duration, amount, conditions, deadline, decision
 * term and provider. Rows where the municipalities differ are marked in colour and in words.
 */
@Route(value = "instrumenten/vergelijken/:code")
@AnonymousAllowed
@StyleSheet("styles/catalogue.css")
class ComparisonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InstrumentCatalogue catalogue;
    private final CatalogueTexts texts;
    private String title = "";

    ComparisonView(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.texts = new CatalogueTexts(this);
        addClassNames("werkbrug-page", "catalogue-public", "catalogue-comparison");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        InstrumentComparison comparison = catalogue.compare(code).orElse(null);
        if (comparison == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = texts.t("catalogue.compare.title", comparison.name());
        removeAll();
        H1 heading = new H1(title);
        heading.setId("comparison-title");
        add(heading, new Paragraph(texts.t("catalogue.compare.intro")));

        List<ComparedAspect> differing = List.of(ComparedAspect.values()).stream().filter(comparison::differs).toList();
        Paragraph summary = new Paragraph(differing.isEmpty() ? texts.t("catalogue.compare.no-differences")
                : texts.t("catalogue.compare.differences", String.join(", ",
                differing.stream().map(aspect -> texts.t(aspect.labelKey()).toLowerCase(getLocale())).toList())));
        summary.setId("comparison-summary");
        add(summary);

        NativeTable table = new NativeTable();
        table.setId("comparison");
        table.addClassName("catalogue-table");
        table.setCaptionText(title);
        table.getCaption().addClassName("catalogue-visually-hidden");
        NativeTableRow headRow = table.getHead().addRow();
        headRow.add(columnHeader(texts.t("catalogue.compare.aspect")));
        comparison.columns().forEach(column -> {
            NativeTableHeaderCell cell = columnHeader("");
            cell.removeAll();
            cell.add(new Anchor(column.instrument() == null ? CatalogueRoutes.catalogue(column.municipality())
                    : CatalogueRoutes.instrument(column.municipality(), comparison.code()),
                    column.municipalityName()));
            headRow.add(cell);
        });
        NativeTableBody body = table.getBody();
        row(body, comparison, ComparedAspect.OFFERED, i -> texts.t("catalogue.compare.yes"));
        row(body, comparison, ComparedAspect.MAX_DURATION, i -> i.maxDuration() == null ? null : texts.duration(i.maxDuration()));
        row(body, comparison, ComparedAspect.AMOUNT, i -> !i.amountHidden() && (i.amount() == null
                || i.amount().kind() == nl.werkbrug.catalogue.AmountKind.NIET_VERMELD) ? null : texts.amount(i.amount(), i.amountHidden()));
        row(body, comparison, ComparedAspect.CONDITIONS, i -> texts.conditions(i.conditions()).isEmpty() ? null
                : texts.conditionsText(i.conditions()));
        row(body, comparison, ComparedAspect.REQUEST_DEADLINE, PublishedInstrument::requestDeadline);
        row(body, comparison, ComparedAspect.DECISION_TERM, PublishedInstrument::decisionTerm);
        row(body, comparison, ComparedAspect.PROVIDER, PublishedInstrument::provider);

        Div scroller = new Div(table);
        scroller.addClassName("catalogue-table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", title);
        add(scroller, new Paragraph(new Anchor(CatalogueRoutes.PUBLIC, texts.t("catalogue.compare.back"))));
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    /**
     * One aspect across the municipalities. A row no municipality's sources fill is left out; a single unknown cell
     * reads "–" (for screen readers: "niet bekend").
     */
    private void row(NativeTableBody body, InstrumentComparison comparison, ComparedAspect aspect,
                     Function<PublishedInstrument, @Nullable String> value) {
        if (comparison.columns().stream().map(InstrumentComparison.Column::instrument).filter(java.util.Objects::nonNull)
                .map(value).allMatch(text -> text == null || text.isBlank())) {
            return;
        }
        NativeTableRow row = new NativeTableRow();
        row.setId("row-" + aspect.name().toLowerCase(getLocale()).replace('_', '-'));
        NativeTableHeaderCell header = new NativeTableHeaderCell(texts.t(aspect.labelKey()));
        header.getElement().setAttribute("scope", "row");
        if (comparison.differs(aspect)) {
            row.addClassName("catalogue-differs");
            Span marker = new Span(texts.t("catalogue.compare.differs"));
            marker.addClassName("catalogue-differs-marker");
            header.add(marker);
        }
        row.add(header);
        for (InstrumentComparison.Column column : comparison.columns()) {
            String text = column.instrument() == null ? texts.t("catalogue.compare.not-offered") : value.apply(column.instrument());
            NativeTableCell cell = new NativeTableCell(text == null || text.isBlank() ? "–" : text);
            if (text == null || text.isBlank()) {
                cell.getElement().setAttribute("aria-label", texts.t("catalogue.compare.unknown"));
            }
            cell.getElement().setAttribute("data-municipality", column.municipality());
            row.add(cell);
        }
        body.addRows(row);
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
