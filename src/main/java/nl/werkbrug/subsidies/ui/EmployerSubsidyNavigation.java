package nl.werkbrug.subsidies.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class EmployerSubsidyNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        return scope.employer() ? List.of(new NavigationEntry("nav.subsidy-requests", "werkgever/aanvragen", 20)) : List.of();
    }
}
