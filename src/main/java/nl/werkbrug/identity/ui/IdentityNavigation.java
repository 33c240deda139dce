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
        return scope.tenantWithRole("TENANT_ADMIN")
                .map(tenant -> List.of(new NavigationEntry("nav.admin", "gemeente/" + tenant + "/beheer", 90))).orElse(List.of());
    }
}
