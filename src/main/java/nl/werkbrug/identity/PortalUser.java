package nl.werkbrug.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The logged-in user, independent of where the login came from.
 *
 * @param username          unique login name
 * @param displayName       name shown in the portal
 * @param tenantRoles       per municipality (tenant id) the roles held there
 * @param regionRoles       per region id the roles held there
 * @param employer          the employer organisation, for employer users
 * @param preferredLanguage "nl" or "en", if the user chose one
 */
public record PortalUser(String username, String displayName, Map<String, Set<TenantRole>> tenantRoles,
                         Map<String, Set<RegionRole>> regionRoles, @Nullable EmployerMembership employer,
                         @Nullable String preferredLanguage) {

    public PortalUser {
        tenantRoles = copy(tenantRoles);
        regionRoles = copy(regionRoles);
    }

    private static <R> Map<String, Set<R>> copy(Map<String, Set<R>> roles) {
        Map<String, Set<R>> copy = new TreeMap<>();
        roles.forEach((scope, held) -> {
            if (!held.isEmpty()) {
                copy.put(scope, Set.copyOf(held));
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The municipalities the user works for, sorted by id. */
    public List<String> tenants() {
        return List.copyOf(tenantRoles.keySet());
    }

    public boolean isMemberOf(String tenant) {
        return tenantRoles.containsKey(tenant);
    }

    public Set<TenantRole> rolesIn(String tenant) {
        return tenantRoles.getOrDefault(tenant, Set.of());
    }

    public boolean hasRole(String tenant, TenantRole role) {
        return rolesIn(tenant).contains(role);
    }

    public boolean hasRegionRole(String region, RegionRole role) {
        return regionRoles.getOrDefault(region, Set.of()).contains(role);
    }

    public Optional<EmployerMembership> employerMembership() {
        return Optional.ofNullable(employer);
    }

    /** Coarse authorities ({@code ROLE_CONSULTANT} if the user is a consultant anywhere); scopes are checked apart. */
    public Collection<GrantedAuthority> authorities() {
        Set<String> names = new LinkedHashSet<>();
        tenantRoles.values().forEach(roles -> roles.forEach(role -> names.add(role.name())));
        regionRoles.values().forEach(roles -> roles.forEach(role -> names.add(role.name())));
        if (employer != null) {
            names.add(employer.role().name());
            names.add("EMPLOYER");
        }
        names.add("USER");
        return names.stream().<GrantedAuthority>map(name -> new SimpleGrantedAuthority("ROLE_" + name)).toList();
    }
}
