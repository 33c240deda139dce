package nl.werkbrug.dashboards.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.History;
import nl.werkbrug.dashboards.RegionOverview;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

/** The coordinator's drill-down into one municipality: its KPIs month by month, small cells suppressed. */
@Route("regio/:region/dashboard/:municipality")
@RolesAllowed("COORDINATOR")
class MunicipalityDashboardView extends DashboardPage implements BeforeEnterObserver {

    private final RegionOverview overview;
    private final History history;
    private final Region region;
    private @Nullable Tenant municipality;

    MunicipalityDashboardView(Dashboards dashboards, RegionOverview overview, History history) {
        super(dashboards);
        this.overview = overview;
        this.history = history;
        this.region = overview.region();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("municipality").orElse("");
        municipality = overview.municipalities().stream().filter(tenant -> tenant.id().equals(id)).findFirst().orElse(null);
        if (municipality == null || !event.getRouteParameters().get("region").map(region.id()::equals).orElse(false)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        setHeading(getTranslation("dashboard.municipality.heading", municipality.shortName()),
                getTranslation("dashboard.municipality.intro", region.name()));
        Anchor back = new Anchor("regio/" + region.id() + "/dashboard", getTranslation("dashboard.back-to-region", region.name()));
        back.setId("back-to-region");
        addBefore(back);
        refresh();
    }

    @Override
    protected List<Table> tables(ReportingPeriod period) {
        Tenant shown = java.util.Objects.requireNonNull(municipality);
        return List.of(new Table("municipality-figures", getTranslation("dashboard.table.months"),
                dashboards.municipality(shown.id(), period), null));
    }

    /** Ambition against realisation, and the sources' history with the live figures on one time axis. */
    @Override
    protected List<Component> extras(ReportingPeriod period) {
        Tenant shown = java.util.Objects.requireNonNull(municipality);
        FigureTexts texts = texts();
        return List.of(AmbitionsSection.of(history, shown.id(), shown.shortName(), texts),
                new HistorySection(history, history.of(shown.id()).orElse(null), shown.shortName(),
                        dashboards.definitions(), year -> dashboards.municipality(shown.id(), ReportingPeriod.year(year)),
                        dashboards.periods().getFirst().to().getYear(), texts));
    }

    @Override
    protected boolean chartOverTime() {
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.municipality.heading", municipality == null ? "" : municipality.shortName())
                + " - " + getTranslation("app.name");
    }
}
