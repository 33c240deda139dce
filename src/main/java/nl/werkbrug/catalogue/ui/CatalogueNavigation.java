package nl.werkbrug.catalogue.ui;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

/** The public catalogue for everyone; the municipality's catalogue administration for its tenant admins. */
@Component
class CatalogueNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        List<NavigationEntry> entries = new ArrayList<>();
        if (scope.tenant().isPresent() && scope.tenantRoles().contains("TENANT_ADMIN")) {
            entries.add(new NavigationEntry("nav.catalogue-admin", "gemeente/" + scope.tenant().get() + "/instrumenten", 80));
        }
        entries.add(new NavigationEntry("nav.catalogue-public",
                scope.tenant().map(tenant -> "instrumenten/" + tenant).orElse("instrumenten"), 95));
        return entries;
    }
}
