package nl.werkbrug.tenancy;

import java.util.Optional;

/**
 * Supplies the active tenant of the current request when no tenant was set explicitly, e.g. the tenant of the
 * browser tab (UI) a user works in. Implementations must check the tenant against the user's memberships.
 */
public interface AmbientTenantSource {

    Optional<String> currentTenant();
}
