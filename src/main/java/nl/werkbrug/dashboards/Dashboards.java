package nl.werkbrug.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the dashboards, read from the projection. The regional coordinator reads aggregates of the region
 * (row-level security lets a regional context read every municipality's figures, never their facts) with the
 * small-cell rule applied before anything leaves this service; a municipality's own staff read their own
 * municipality's figures in full, and another municipality's not at all.
 */
@Service
public class Dashboards {

    private final FigureReader reader;
    private final Clock clock;
    private final KpiDefinitions definitions;
    private final TenantDirectory directory;
    private final CurrentTenant currentTenant;
    private final Projection projection;

    Dashboards(FigureReader reader, Clock clock, KpiDefinitions definitions, TenantDirectory directory,
               CurrentTenant currentTenant, Projection projection) {
        this.reader = reader;
        this.clock = clock;
        this.definitions = definitions;
        this.directory = directory;
        this.currentTenant = currentTenant;
        this.projection = projection;
    }

    /** The KPI definitions, for the definitions page. */
    @PreAuthorize("isAuthenticated()")
    public List<KpiDefinition> definitions() {
        return definitions.all();
    }

    /** The periods to choose from today. */
    public List<ReportingPeriod> periods() {
        return ReportingPeriod.choices(LocalDate.now(clock));
    }

    /** Every KPI per municipality of the region, with the region's total; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix region(ReportingPeriod period) {
        return reader.municipalities(directory.tenants(), directory.region(), period).withSuppression();
    }

    /**
     * The coordinator's whole regional dashboard in one call: every KPI per municipality with the region's total, and
     * the figures per instrument, from one read in one transaction; small cells suppressed in both tables.
     */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public RegionPage regionPage(ReportingPeriod period) {
        RegionPage page = reader.regionPage(directory.tenants(), directory.region(), period);
        return new RegionPage(page.municipalities().withSuppression(), page.instruments().withSuppression());
    }

    /**
     * The region's figures per municipality as open data: exactly what the coordinator's table shows after the
     * small-cell rule, for anyone, without login. It calls {@link #region} on this object itself, past the role
     * check of the proxy, on purpose: the figures are suppressed aggregates, and row-level security still lets a
     * request without a municipality read only the region's figures.
     */
    @Transactional(readOnly = true)
    public FigureMatrix openData(ReportingPeriod period) {
        return region(period);
    }

    /** The coordinator's drill-down: one municipality of the region month by month; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix municipality(String tenantId, ReportingPeriod period) {
        Tenant tenant = directory.find(tenantId).orElseThrow(() -> new IllegalArgumentException("No such municipality"));
        return reader.months(tenant, period).withSuppression();
    }

    /** The region's figures per instrument; small cells suppressed. */
    @PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public FigureMatrix regionInstruments(ReportingPeriod period) {
        Region region = directory.region();
        return reader.instruments(directory.tenants(), region.id(), region.id(), region.name(), period)
                .withSuppression();
    }

    /** The active municipality's own figures month by month, in full (exports apply the small-cell rule). */
    @PreAuthorize("@tenantAccess.has('CONSULTANT', 'TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public FigureMatrix own(ReportingPeriod period) {
        return reader.months(directory.require(currentTenant.require()), period);
    }

    /** The active municipality's own figures per instrument, in full. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT', 'TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public FigureMatrix ownInstruments(ReportingPeriod period) {
        Tenant tenant = directory.require(currentTenant.require());
        return reader.instruments(List.of(tenant), tenant.regionId(), tenant.id(), tenant.shortName(), period);
    }

    /**
     * Rebuilds the active municipality's figures from the dashboards' history of facts (the event registry deletes
     * what it delivered, so the facts are the history). Gives exactly what the live projection gives.
     */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional
    public void rebuild() {
        Tenant tenant = directory.require(currentTenant.require());
        projection.recompute(tenant.id(), tenant.regionId());
    }
}
