package nl.werkbrug.shared;

import java.util.Optional;
import java.util.Set;

/**
 * What the navigation is built for: the active municipality (if any) and the roles the user holds there, the region
 * and the region roles, and whether the user works for an employer. Role names as in the identity module.
 */
public record NavigationScope(Optional<String> tenant, Set<String> tenantRoles, String region, Set<String> regionRoles,
                              boolean employer) {

    /** The active municipality, when the user holds the role there. */
    public Optional<String> tenantWithRole(String role) {
        return tenant.filter(id -> tenantRoles.contains(role));
    }
}
