package nl.werkbrug.casework.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

/** The consultant's workspace: caseload, introduction requests for the pool, vacancies of the region and the queue of subsidy requests. */
@Component
class CaseworkNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        return scope.tenantWithRole("CONSULTANT").map(tenant -> List.of(
                new NavigationEntry("nav.caseload", "gemeente/" + tenant + "/werkvoorraad", 10),
                new NavigationEntry("nav.introductions", "gemeente/" + tenant + "/kennismakingen", 10),
                new NavigationEntry("nav.vacancies", "gemeente/" + tenant + "/vacatures", 20),
                new NavigationEntry("nav.subsidy-queue", "gemeente/" + tenant + "/aanvragen", 20))).orElse(List.of());
    }
}
