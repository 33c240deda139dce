package nl.werkbrug.casework.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.CaseloadSummary;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.PoolConsents;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The consultant's start page: the figures of their caseload, filters (kept in the address), the files as a lazy
 * list paged and sorted in the database, a link to each file and to a new one, and the filtered list as CSV.
 */
@Route("gemeente/:tenant/werkvoorraad")
@RolesAllowed("CONSULTANT")
@StyleSheet("styles/caseload.css")
class CaseloadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Caseloads caseloads;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final Formats formats;
    private final H1 heading = new H1();
    private final CaseloadFigures figures;
    private final CaseloadFilters filters;
    private final Span count = new Span();
    private final Anchor newFile = new Anchor("", "");
    private final Grid<CandidateFileSummary> grid = new Grid<>();
    private final Grid.Column<CandidateFileSummary> consultantColumn;
    // Read by the CSV download, which runs in a request of its own.
    private final PoolConsents pool;
    private final PoolDueNotice poolDue = new PoolDueNotice();
    private volatile String tenant = "";
    private String tenantName = "";
    private volatile CaseloadFilter filter = CaseloadFilter.MINE;

    CaseloadView(Caseloads caseloads, PoolConsents pool, CurrentTenant currentTenant, TenantDirectory directory) {
        this.caseloads = caseloads;
        this.pool = pool;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.formats = Formats.of(getLocale());
        addClassName("werkbrug-page");
        filters = new CaseloadFilters(this::apply);
        figures = new CaseloadFigures(filters::showRung);
        consultantColumn = columns();
        count.setId("caseload-count");
        count.getElement().setAttribute("role", "status"); // a screen reader hears the new count after a filter
        newFile.setId("caseload-new");
        newFile.setText(getTranslation("caseload.new"));
        newFile.addClassName("caseload-action");
        HorizontalLayout toolbar = new HorizontalLayout(count, newFile, export());
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, new Paragraph(getTranslation("caseload.intro")), figures, poolDue, filters, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = currentTenant.require();
        tenantName = directory.require(tenant).shortName();
        heading.setText(getTranslation("caseload.heading", tenantName));
        newFile.setHref("gemeente/" + tenant + "/dossiers/nieuw");
        CaseloadSummary summary = caseloads.summary();
        figures.show(summary, formats);
        poolDue.show(tenant, caseloads.mineAmong(pool.dueForConfirmation()));
        filters.setContactInterval(summary.contactIntervalWeeks());
        filters.setValue(CaseloadLink.filter(event.getLocation().getQueryParameters()));
        filter = filters.value();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.heading", tenantName) + " - " + getTranslation("app.name");
    }

    /** A changed filter: into the address (for reload and sharing) and into the list. */
    private void apply(CaseloadFilter changed) {
        filter = changed;
        Location location = new Location("gemeente/" + tenant + "/werkvoorraad", CaseloadLink.query(changed));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
        refresh();
    }

    private void refresh() {
        CaseloadFilter current = filter;
        long total = caseloads.count(current);
        count.setText(getTranslation(total == 1 ? "caseload.count.one" : "caseload.count", formats.number(total)));
        consultantColumn.setVisible(current.scope() == CaseloadFilter.Scope.TEAM);
        boolean narrowed = !current.equals(new CaseloadFilter(current.scope(), null, null, null, null, false, null, false));
        grid.setEmptyStateText(getTranslation(narrowed ? "caseload.empty.filtered"
                : current.scope() == CaseloadFilter.Scope.TEAM ? "caseload.empty.team" : "caseload.empty"));
        // The count line's total serves the grid too: one count query per filter, not two.
        grid.setItems(query -> caseloads.page(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) total);
    }

    private Grid.Column<CandidateFileSummary> columns() {
        grid.setId("caseload");
        grid.setAriaLabel(getTranslation("caseload.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(LitRenderer.<CandidateFileSummary>of("<a href=\"${item.href}\">${item.number}</a>")
                        .withProperty("href", file -> "gemeente/" + tenant + "/dossiers/" + file.id())
                        .withProperty("number", CandidateFileSummary::fileNumber))
                .setKey("fileNumber").setHeader(getTranslation("caseload.file-number")).setSortProperty("fileNumber").setAutoWidth(true);
        grid.addColumn(CandidateFileSummary::name).setKey("name").setHeader(getTranslation("caseload.name"))
                .setSortProperty("familyName").setFlexGrow(1);
        grid.addColumn(file -> rung(file, getLocale())).setKey("rung").setHeader(getTranslation("caseload.ladder")).setSortProperty("ladderRung")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<CandidateFileSummary>of(
                        "${item.contact} <span class=\"${item.markerClass}\">${item.marker}</span>")
                        .withProperty("contact", this::lastContact)
                        .withProperty("markerClass", file -> file.notSeen() ? "caseload-marker" : "")
                        .withProperty("marker", file -> file.notSeen() ? getTranslation("caseload.not-seen") : ""))
                .setKey("lastContact").setHeader(getTranslation("caseload.last-contact")).setSortProperty("lastContactOn").setAutoWidth(true);
        grid.addColumn(file -> getTranslation(file.trajectory().labelKey()))
                .setKey("trajectory").setHeader(getTranslation("caseload.trajectory")).setAutoWidth(true);
        Grid.Column<CandidateFileSummary> consultant = grid.addColumn(file -> file.consultant() == null ? ""
                        : file.consultant()).setKey("consultant").setHeader(getTranslation("caseload.consultant"))
                .setSortProperty("consultantUsername").setAutoWidth(true);
        grid.addColumn(file -> formats.date(file.openedOn())).setKey("since").setHeader(getTranslation("caseload.since"))
                .setSortProperty("createdAt").setAutoWidth(true);
        return consultant;
    }

    private String rung(CandidateFileSummary file, Locale locale) {
        return getTranslation(locale, "candidates.rung." + (file.ladderRung() == null ? 0 : file.ladderRung()));
    }

    private String lastContact(CandidateFileSummary file) {
        return file.lastContactOn() == null ? getTranslation("caseload.no-contact") : formats.date(file.lastContactOn());
    }

    /**
     * The filtered list as CSV: the lines of the caseload, no BSN, fetched page by page in the download's request;
     * the export of names is audited.
     */
    private Anchor export() {
        Locale locale = getLocale();
        List<String> header = List.of("caseload.file-number", "caseload.name", "caseload.ladder",
                "caseload.last-contact", "caseload.not-seen", "caseload.trajectory", "caseload.consultant",
                "caseload.since").stream().map(key -> getTranslation(locale, key)).toList();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            CaseloadFilter current = filter;
            String active = tenant;
            List<List<?>> lines = TenantContext.callAs(active, () -> lines(current, locale));
            byte[] csv = Csv.write(header, lines);
            return new DownloadResponse(new ByteArrayInputStream(csv), "werkvoorraad.csv", "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("caseload.export"));
        export.setId("caseload-export");
        export.addClassName("caseload-action");
        return export;
    }

    private List<List<?>> lines(CaseloadFilter current, Locale locale) {
        List<List<?>> lines = new ArrayList<>();
        for (CandidateFileSummary file : caseloads.export(current)) {
            lines.add(Arrays.asList(file.fileNumber(), file.name(), rung(file, locale),
                    file.lastContactOn() == null ? "" : formats.date(file.lastContactOn()),
                    file.notSeen() ? getTranslation(locale, "caseload.yes") : "",
                    getTranslation(locale, file.trajectory().labelKey()), file.consultant(),
                    formats.date(file.openedOn())));
        }
        return lines;
    }
}
