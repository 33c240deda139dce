package nl.werkbrug.sroi.ui;

import java.util.ArrayList;
import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

/** The contractor's SROI plans; the SROI officer's contracts; the target groups to attest for the municipality. */
@Component
class SroiNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.employer()) {
            return List.of(new NavigationEntry("sroi.nav.plans", "werkgever/sroi", 27));
        }
        List<NavigationEntry> entries = new ArrayList<>();
        scope.tenantWithRole("SROI_OFFICER").ifPresent(tenant ->
                entries.add(new NavigationEntry("sroi.nav.contracts", "gemeente/" + tenant + "/sroi", 34)));
        scope.tenant().filter(tenant -> scope.tenantRoles().contains("SROI_OFFICER")
                || scope.tenantRoles().contains("CONSULTANT")).ifPresent(tenant ->
                entries.add(new NavigationEntry("sroi.nav.attestations", "gemeente/" + tenant + "/sroi/doelgroep", 35)));
        return entries;
    }
}
