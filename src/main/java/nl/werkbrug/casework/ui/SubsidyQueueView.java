package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.subsidies.QueueCount;
import nl.werkbrug.subsidies.SubsidyDecisions;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/** The municipality's subsidy requests, nearest deadline first; overdue ones marked in colour and in words. */
@Route("gemeente/:tenant/aanvragen")
@RolesAllowed("CONSULTANT")
class SubsidyQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SubsidyDecisions decisions;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final H1 heading = new H1();
    private final Paragraph workload = new Paragraph();
    private final Select<SubsidyStatus> status = new Select<>();
    private final Select<String> instrument = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Grid<SubsidyRequestSummary> grid = new Grid<>();
    private String tenant = "";
    private String tenantName = "";

    SubsidyQueueView(SubsidyDecisions decisions, CurrentTenant currentTenant, TenantDirectory directory) {
        this.decisions = decisions;
        this.currentTenant = currentTenant;
        this.directory = directory;
        addClassName("werkbrug-page");
        status.setLabel(getTranslation("subsidy.status"));
        status.setId("filter-status");
        status.setItems(SubsidyStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("subsidy.filter.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("subsidy.filter.all") : getTranslation(value.labelKey()));
        instrument.setLabel(getTranslation("subsidy.instrument"));
        instrument.setId("filter-instrument");
        instrument.setEmptySelectionAllowed(true);
        instrument.setEmptySelectionCaption(getTranslation("subsidy.filter.all"));
        overdueOnly.setLabel(getTranslation("subsidy.filter.overdue"));
        overdueOnly.setId("filter-overdue");
        status.addValueChangeListener(change -> refresh());
        instrument.addValueChangeListener(change -> refresh());
        overdueOnly.addValueChangeListener(change -> refresh());

        grid.setId("subsidy-queue");
        grid.setAriaLabel(getTranslation("subsidy.queue.title"));
        grid.addComponentColumn(line -> new Anchor("gemeente/" + tenant + "/aanvragen/" + line.id(),
                line.reference() == null ? "" : line.reference())).setHeader(getTranslation("subsidy.reference"));
        grid.addColumn(SubsidyRequestSummary::employerName).setHeader(getTranslation("subsidy.employer")).setSortable(true);
        grid.addColumn(SubsidyRequestSummary::instrumentName).setHeader(getTranslation("subsidy.instrument")).setSortable(true);
        grid.addColumn(line -> getTranslation(line.status().labelKey())).setHeader(getTranslation("subsidy.status"));
        grid.addColumn(line -> date(line.submittedOn())).setHeader(getTranslation("subsidy.submitted-on"))
                .setComparator(line -> line.submittedOn() == null ? LocalDate.MAX : line.submittedOn());
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("subsidy.deadline"))
                .setComparator(line -> line.deadline() == null ? LocalDate.MAX : line.deadline()).setSortable(true);
        grid.setPartNameGenerator(line -> line.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("subsidy.queue.empty"));
        grid.setAllRowsVisible(true);
        workload.setId("queue-count");
        add(heading, workload, new Paragraph(getTranslation("subsidy.queue.intro")), new HorizontalLayout(status, instrument, overdueOnly), grid);
    }

    private Span deadline(SubsidyRequestSummary line) {
        Span text = new Span();
        if (line.suspended()) {
            text.setText(getTranslation("subsidy.deadline.suspended"));
        } else if (line.deadline() == null) {
            text.setText("");
        } else if (line.overdue()) {
            text.setText(getTranslation("subsidy.deadline.overdue", date(line.deadline())));
            text.addClassName("subsidy-overdue");
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            text.setText(date(line.deadline()));
        }
        return text;
    }

    private String date(@Nullable LocalDate day) {
        return Formats.of(getLocale()).date(day);
    }

    private void refresh() {
        grid.setItems(decisions.queue(new SubsidyDecisions.QueueFilter(status.getValue(), instrument.getValue(),
                overdueOnly.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = currentTenant.require();
        tenantName = directory.require(tenant).shortName();
        heading.setText(getTranslation("subsidy.queue.heading", tenantName));
        // the filter offers the instruments by name (issue 11), not by their code
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        decisions.queue(SubsidyDecisions.QueueFilter.ALL)
                .forEach(line -> names.putIfAbsent(line.instrumentCode(), line.instrumentName()));
        instrument.setItemLabelGenerator(code -> code == null ? getTranslation("subsidy.filter.all") : names.getOrDefault(code, code));
        instrument.setItems(List.copyOf(names.keySet()));
        QueueCount count = decisions.queueCount();
        workload.setText(getTranslation("subsidy.queue.count", count.open(), count.awaitingApproval()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.queue.heading", tenantName) + " - " + getTranslation("app.name");
    }
}
