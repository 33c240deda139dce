package nl.werkbrug.casework.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class SubsidyQueueNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.tenant().isEmpty() || !scope.tenantRoles().contains("CONSULTANT")) {
            return List.of();
        }
        return List.of(new NavigationEntry("nav.subsidy-queue", "gemeente/" + scope.tenant().get() + "/aanvragen", 20));
    }
}
