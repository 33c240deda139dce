package nl.werkbrug.identity.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class IdentityNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.tenant().isEmpty() || !scope.tenantRoles().contains("TENANT_ADMIN")) {
            return List.of();
        }
        return List.of(new NavigationEntry("nav.admin", "gemeente/" + scope.tenant().get() + "/beheer", 90));
    }
}
