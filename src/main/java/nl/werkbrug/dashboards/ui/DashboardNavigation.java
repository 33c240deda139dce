package nl.werkbrug.dashboards.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class DashboardNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        return scope.regionRoles().contains("COORDINATOR")
                ? List.of(new NavigationEntry("nav.region", "regio/" + scope.region(), 5))
                : List.of();
    }
}
