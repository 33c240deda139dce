package nl.werkbrug.dashboards.ui;

import java.util.List;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.RegionOverview;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.tenancy.Region;

/** The regional coordinator's dashboard: every KPI per municipality, compared, with drill-down; small cells suppressed. */
@Route("regio/:region/dashboard")
@RolesAllowed("COORDINATOR")
class RegionDashboardView extends DashboardPage implements BeforeEnterObserver {

    private final Region region;

    RegionDashboardView(Dashboards dashboards, RegionOverview overview) {
        super(dashboards);
        this.region = overview.region();
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
        return List.of(new Table("region-figures", getTranslation("dashboard.table.region"), dashboards.region(period),
                        row -> "regio/" + region.id() + "/dashboard/" + row.key()),
                new Table("region-instruments", getTranslation("dashboard.table.instruments"),
                        dashboards.regionInstruments(period), null));
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
