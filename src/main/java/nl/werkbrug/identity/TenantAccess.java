package nl.werkbrug.identity;

import java.util.Arrays;

import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * Scoped checks for method security, e.g. {@code @PreAuthorize("@tenantAccess.has('CONSULTANT')")}: the role must be
 * held in the active tenant, not just anywhere.
 */
@Component("tenantAccess")
public class TenantAccess {

    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;

    TenantAccess(CurrentUser currentUser, CurrentTenant currentTenant, TenantDirectory directory) {
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.directory = directory;
    }

    /** The user holds one of these roles in the active tenant. */
    public boolean has(String... roles) {
        var user = currentUser.get();
        var tenant = currentTenant.id();
        if (user.isEmpty() || tenant.isEmpty()) {
            return false;
        }
        return Arrays.stream(roles).map(TenantRole::valueOf).anyMatch(role -> user.get().hasRole(tenant.get(), role));
    }

    /** The user holds this role for the region of this installation. */
    public boolean hasRegionRole(String role) {
        return currentUser.get().map(user -> user.hasRegionRole(directory.region().id(), RegionRole.valueOf(role)))
                .orElse(false);
    }

    /** The user belongs to the given employer organisation. */
    public boolean isEmployee(long employerId) {
        return currentUser.get().flatMap(PortalUser::employerMembership)
                .map(membership -> membership.employerId() == employerId).orElse(false);
    }
}
