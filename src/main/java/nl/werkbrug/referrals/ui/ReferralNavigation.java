package nl.werkbrug.referrals.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

/** The consultant's referrals and the employer's inbox of proposed candidates. */
@Component
class ReferralNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.employer()) {
            return List.of(new NavigationEntry("nav.referrals-inbox", "werkgever/voordrachten", 25));
        }
        return scope.tenantWithRole("CONSULTANT")
                .map(tenant -> List.of(new NavigationEntry("nav.referrals", "gemeente/" + tenant + "/voordrachten", 32)))
                .orElse(List.of());
    }
}
