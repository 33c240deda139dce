package nl.werkbrug.dashboards.ui;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class DashboardNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        List<NavigationEntry> entries = new ArrayList<>();
        if (scope.regionRoles().contains("COORDINATOR")) {
            entries.add(new NavigationEntry("nav.region", "regio/" + scope.region(), 5));
            entries.add(new NavigationEntry("dashboard.nav.region", "regio/" + scope.region() + "/dashboard", 6));
        }
        scope.tenant().filter(tenant -> scope.tenantRoles().contains("CONSULTANT")
                        || scope.tenantRoles().contains("TENANT_ADMIN"))
                .ifPresent(tenant -> entries.add(new NavigationEntry("dashboard.nav.tenant", "gemeente/" + tenant + "/dashboard", 40)));
        return entries;
    }
}
