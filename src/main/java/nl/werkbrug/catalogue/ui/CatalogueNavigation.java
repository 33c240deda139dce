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
        scope.tenantWithRole("TENANT_ADMIN").ifPresent(tenant ->
                entries.add(new NavigationEntry("nav.catalogue-admin", CatalogueRoutes.adminList(tenant), 80)));
        entries.add(new NavigationEntry("nav.catalogue-public",
                CatalogueRoutes.catalogue(scope.tenant().orElse("")), 95));
        return entries;
    }
}
