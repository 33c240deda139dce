package nl.werkbrug.platform.ui;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        List<NavigationEntry> entries = new ArrayList<>();
        scope.tenantWithRole("TENANT_ADMIN").ifPresent(tenant ->
                entries.add(new NavigationEntry("nav.audit", "gemeente/" + tenant + "/audit", 95)));
        if (scope.regionRoles().contains("COORDINATOR")) {
            entries.add(new NavigationEntry("nav.region-audit", "regio/" + scope.region() + "/audit", 95));
        }
        return entries;
    }
}
