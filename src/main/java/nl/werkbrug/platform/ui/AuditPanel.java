package nl.werkbrug.platform.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.werkbrug.shared.ui.DutchDatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.werkbrug.platform.AuditAction;
import nl.werkbrug.platform.AuditEntry;
import nl.werkbrug.platform.AuditQuery;
import nl.werkbrug.platform.Formats;

/** Read-only list of audit entries with filters. There is deliberately no way to change an entry. */
class AuditPanel extends Div {

    private static final int LIMIT = 500;

    private final Function<AuditQuery, List<AuditEntry>> source;
    private final Select<AuditAction> action = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from = DutchDatePicker.configure(this, new DatePicker());
    private final DatePicker to = DutchDatePicker.configure(this, new DatePicker());
    private final Grid<AuditEntry> grid = new Grid<>();
    private List<AuditEntry> shown = List.of();

    AuditPanel(Function<AuditQuery, List<AuditEntry>> source, boolean showTenant) {
        this.source = source;
        Formats formats = Formats.of(getLocale());

        action.setLabel(getTranslation("audit.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.any"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(item -> item == null ? getTranslation("audit.filter.any") : label(item));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        action.addValueChangeListener(event -> refresh());
        actor.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        Button reset = new Button(getTranslation("audit.filter.reset"), click -> {
            action.clear();
            actor.clear();
            from.clear();
            to.clear();
        });
        // The download runs in a request of its own: take the language of this screen along.
        Locale locale = getLocale();
        List<String> columns = List.of("audit.when", "audit.tenant", "audit.actor", "audit.action", "audit.subject",
                "audit.detail", "audit.from-address").stream().map(key -> getTranslation(locale, key)).toList();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = AuditCsv.write(shown, columns, item -> getTranslation(locale, "audit.action." + item.name()));
            return new DownloadResponse(new ByteArrayInputStream(csv), "audittrail.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("audit.export"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(action, actor, from, to, reset, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> formats.dateTime(entry.occurredAt())).setHeader(getTranslation("audit.when"))
                .setComparator(AuditEntry::occurredAt).setSortable(true).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setSortable(true).setAutoWidth(true);
        grid.addColumn(entry -> label(entry.action())).setHeader(getTranslation("audit.action")).setSortable(true)
                .setAutoWidth(true);
        if (showTenant) {
            grid.addColumn(entry -> entry.tenantId() == null ? "" : entry.tenantId())
                    .setHeader(getTranslation("audit.tenant")).setAutoWidth(true);
        }
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.addColumn(entry -> entry.remoteAddress() == null ? "" : entry.remoteAddress())
                .setHeader(getTranslation("audit.from-address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setHeight("32rem");
        add(filters, grid);
        refresh();
    }

    private String label(AuditAction item) {
        return getTranslation("audit.action." + item.name());
    }

    private void refresh() {
        shown = source.apply(new AuditQuery(action.getValue(), actor.getValue(), from.getValue(), to.getValue(), LIMIT));
        grid.setItems(shown);
    }
}
