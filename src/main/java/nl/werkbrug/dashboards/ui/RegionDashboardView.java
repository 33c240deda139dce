package nl.werkbrug.dashboards.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.History;
import nl.werkbrug.dashboards.RegionOverview;
import nl.werkbrug.dashboards.RegionPage;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.TenantDocuments;
import org.jspecify.annotations.Nullable;

/** The regional coordinator's dashboard: every KPI per municipality, compared, with drill-down; small cells suppressed. */
@Route("regio/:region/dashboard")
@RolesAllowed("COORDINATOR")
class RegionDashboardView extends DashboardPage implements BeforeEnterObserver {

    private final Region region;
    private final RegionOverview overview;
    private final History history;
    private final TenantDocuments documents;
    /** The page read for the tables, so the PDF of the same period needs no second read. */
    private @Nullable RegionPage page;

    RegionDashboardView(Dashboards dashboards, RegionOverview overview, History history, TenantDocuments documents) {
        super(dashboards);
        this.region = overview.region();
        this.overview = overview;
        this.history = history;
        this.documents = documents;
        setHeading(getTranslation("dashboard.region.heading", region.name()), getTranslation("dashboard.region.intro"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getRouteParameters().get("region").map(region.id()::equals).orElse(false)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    @Override
    protected List<Table> tables(ReportingPeriod period) {
        RegionPage read = dashboards.regionPage(period);
        page = read;
        return List.of(new Table("region-figures", getTranslation("dashboard.table.region"), read.municipalities(),
                        row -> "regio/" + region.id() + "/dashboard/" + row.key()),
                new Table("region-instruments", getTranslation("dashboard.table.instruments"), read.instruments(), null));
    }

    /** The printable PDF and the open data of the period's calendar year; ambition and realisation per municipality. */
    @Override
    protected List<Component> extras(ReportingPeriod period) {
        FigureTexts texts = texts();
        String title = getTranslation("dashboard.region.heading", region.name());
        int year = period.to().getYear();
        String api = "api/public/dashboards/" + region.id();
        Anchor json = new Anchor(api + "?jaar=" + year, getTranslation("dashboard.open-data.json", year));
        json.setId("open-data-json");
        Anchor csv = new Anchor(api + "/csv?jaar=" + year, getTranslation("dashboard.open-data.csv", year));
        csv.setId("open-data-csv");
        Anchor description = new Anchor("api/public/openapi.json", getTranslation("dashboard.open-data.openapi"));
        description.setId("open-data-openapi");
        H2 heading = new H2(getTranslation("dashboard.print.heading"));
        Div downloads = new Div(heading, new Paragraph(getTranslation("dashboard.open-data.intro")),
                new HorizontalLayout(RegionPdf.link(documents, region.name(),
                        page != null && page.municipalities().period().equals(period) ? page.municipalities()
                                : dashboards.region(period), texts, title),
                        json, csv, description));
        downloads.setId("region-downloads");
        return List.of(downloads, AmbitionsSection.region(history, overview.municipalities(),
                tenant -> "regio/" + region.id() + "/dashboard/" + tenant.id(), texts));
    }

    @Override
    protected boolean chartOverTime() {
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.region.heading", region.name()) + " - " + getTranslation("app.name");
    }
}
