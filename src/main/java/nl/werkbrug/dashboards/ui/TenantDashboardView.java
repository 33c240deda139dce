package nl.werkbrug.dashboards.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.Caseloads;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.History;
import nl.werkbrug.dashboards.ReportingPeriod;
import nl.werkbrug.identity.TenantAccess;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The municipality's own dashboard for its staff (consultants, tenant admin): its own figures month by month and
 * per instrument, in full; the downloads apply the small-cell rule. The route guard and the service refuse another
 * municipality.
 */
@Route("gemeente/:tenant/dashboard")
@RolesAllowed({"CONSULTANT", "TENANT_ADMIN"})
class TenantDashboardView extends DashboardPage implements BeforeEnterObserver {

    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final History history;
    private final Caseloads caseloads;
    private final TenantAccess access;
    private String name = "";

    TenantDashboardView(Dashboards dashboards, CurrentTenant currentTenant, TenantDirectory directory, History history,
                        Caseloads caseloads, TenantAccess access) {
        super(dashboards);
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.history = history;
        this.caseloads = caseloads;
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = directory.require(currentTenant.require()).shortName();
        setHeading(getTranslation("dashboard.tenant.heading", name), getTranslation("dashboard.tenant.intro"));
        refresh();
    }

    @Override
    protected List<Table> tables(ReportingPeriod period) {
        return List.of(new Table("tenant-figures", getTranslation("dashboard.table.months"), dashboards.own(period), null),
                new Table("tenant-instruments", getTranslation("dashboard.table.instruments"),
                        dashboards.ownInstruments(period), null));
    }

    /** The sources' history with the own live figures on one time axis; for a consultant, their own caseload. */
    @Override
    protected List<Component> extras(ReportingPeriod period) {
        Tenant tenant = directory.require(currentTenant.require());
        FigureTexts texts = texts();
        List<Component> extras = new ArrayList<>();
        if (access.has("CONSULTANT")) {
            extras.add(new CaseloadFiguresSection(caseloads, texts));
        }
        extras.add(new HistorySection(history, history.of(tenant.id()).orElse(null), tenant.shortName(),
                dashboards.definitions(), year -> dashboards.own(ReportingPeriod.year(year)),
                dashboards.periods().getFirst().to().getYear(), texts));
        return extras;
    }

    @Override
    protected boolean chartOverTime() {
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.tenant.heading", name) + " - " + getTranslation("app.name");
    }
}
