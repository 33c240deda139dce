package nl.werkbrug.pool.ui;

import java.util.List;

import nl.werkbrug.shared.NavigationContributor;
import nl.werkbrug.shared.NavigationEntry;
import nl.werkbrug.shared.NavigationScope;
import org.springframework.stereotype.Component;

/** The regional pool and the saved searches, for a municipality's consultants and for employers' users. */
@Component
class PoolNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(NavigationScope scope) {
        if (scope.employer()) {
            return List.of(new NavigationEntry("nav.pool", PoolPaths.EMPLOYER.search(), 30),
                    new NavigationEntry("nav.pool-saved", PoolPaths.EMPLOYER.saved(), 31));
        }
        return scope.tenantWithRole("CONSULTANT").map(tenant -> List.of(
                new NavigationEntry("nav.pool", PoolPaths.consultant(tenant).search(), 30),
                new NavigationEntry("nav.pool-saved", PoolPaths.consultant(tenant).saved(), 31))).orElse(List.of());
    }
}
