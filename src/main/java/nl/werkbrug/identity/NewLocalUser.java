package nl.werkbrug.identity;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A local account to provision (embedded default). */
public record NewLocalUser(String username, String rawPassword, String displayName, @Nullable String email,
                           Map<String, Set<TenantRole>> tenantRoles, Map<String, Set<RegionRole>> regionRoles,
                           @Nullable EmployerMembership employer) {
}
