package nl.werkbrug.dashboards.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.dashboards.RegionOverview;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;

/** A coordinator's home: the region and its municipalities. */
@Route("regio/:region")
@RolesAllowed("COORDINATOR")
class RegionHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RegionOverview overview;
    private final Region region;

    RegionHomeView(RegionOverview overview) {
        this.overview = overview;
        this.region = overview.region();
        addClassName("werkbrug-page");
        Grid<Tenant> municipalities = new Grid<>();
        municipalities.setId("municipalities");
        municipalities.setAriaLabel(getTranslation("region.municipalities"));
        municipalities.addColumn(Tenant::shortName).setHeader(getTranslation("region.municipality")).setSortable(true);
        municipalities.addColumn(Tenant::cbsCode).setHeader(getTranslation("region.cbs-code")).setSortable(true);
        municipalities.addColumn(Tenant::executingOrganisation).setHeader(getTranslation("region.executing")).setSortable(true);
        municipalities.setItems(overview.municipalities());
        municipalities.setAllRowsVisible(true);
        add(new H1(getTranslation("region.heading", region.name())), new Paragraph(region.description()),
                new H2(getTranslation("region.municipalities")), municipalities);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getRouteParameters().get("region").map(region.id()::equals).orElse(false)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.heading", region.name()) + " - " + getTranslation("app.name");
    }
}
