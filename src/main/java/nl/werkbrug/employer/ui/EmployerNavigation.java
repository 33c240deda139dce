package nl.werkbrug.employer.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

@Component
class EmployerNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        return scope.employer() ? List.of(new NavigationEntry("nav.employer-home", "werkgever", 10),
                new NavigationEntry("nav.employer-vacancies", "werkgever/vacatures", 20)) : List.of();
    }
}
