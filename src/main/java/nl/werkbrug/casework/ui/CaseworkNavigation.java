package nl.werkbrug.casework.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class CaseworkNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.tenant().isEmpty() || !scope.tenantRoles().contains("CONSULTANT")) {
            return List.of();
        }
        return List.of(new NavigationEntry("nav.caseload", "gemeente/" + scope.tenant().get() + "/werkvoorraad", 10),
                new NavigationEntry("nav.vacancies", "gemeente/" + scope.tenant().get() + "/vacatures", 20));
    }
}
