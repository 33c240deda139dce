package nl.werkbrug.dashboards;

import java.util.List;

import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The region and its municipalities, for regional coordinators. */
@PreAuthorize("@tenantAccess.hasRegionRole('COORDINATOR')")
@Service
public class RegionOverview {

    private final TenantDirectory directory;

    RegionOverview(TenantDirectory directory) {
        this.directory = directory;
    }

    public Region region() {
        return directory.region();
    }

    public List<Tenant> municipalities() {
        return directory.tenants();
    }
}
