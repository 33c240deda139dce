package nl.werkbrug.support;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a given portal user in a given municipality, the way a logged-in screen would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static PortalUser consultant(String username, String... tenants) {
        Map<String, Set<TenantRole>> roles = new java.util.HashMap<>();
        for (String tenant : tenants) {
            roles.put(tenant, Set.of(TenantRole.CONSULTANT));
        }
        return new PortalUser(username, username, roles, Map.of(), null, null);
    }

    public static PortalUser withTenantRole(String username, String tenant, TenantRole role) {
        return new PortalUser(username, username, Map.of(tenant, Set.of(role)), Map.of(), null, null);
    }

    public static PortalUser coordinator(String username) {
        return new PortalUser(username, username, Map.of(), Map.of("twente", Set.of(RegionRole.COORDINATOR)), null, null);
    }

    /** A user of a registered employer organisation. */
    /**
     * The id of a registered employer organisation with this KvK number, registering it the first time: subsidy
     * requests name an employer that exists (foreign key, issue 13 finding 2).
     */
    public static long registeredEmployer(nl.werkbrug.employer.EmployerOrganisations organisations, String kvk, String name) {
        java.util.concurrent.atomic.AtomicLong id = new java.util.concurrent.atomic.AtomicLong();
        nl.werkbrug.identity.SystemTask.run(() -> id.set(organisations.ensureRegistered(kvk, name, "Hengelo",
                new nl.werkbrug.employer.EmployerOrganisations.Contact("Test Contact", "test@" + kvk + ".example",
                        "074 000 0009"))));
        return id.get();
    }

    public static PortalUser employerUser(String username, long employerId) {
        return new PortalUser(username, username, Map.of(), Map.of(),
                new nl.werkbrug.identity.EmployerMembership(employerId, nl.werkbrug.identity.EmployerRole.EMPLOYER_ADMIN), null);
    }

    /** A principal that names itself like the real ones do, so the audit trail records the user name. */
    private record TestPrincipal(PortalUser portalUser) implements PortalPrincipal, java.security.Principal {

        @Override
        public String getName() {
            return portalUser.username();
        }
    }

    public static <T> T as(PortalUser user, String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> as(user, work));
    }

    public static <T> T as(PortalUser user, Supplier<T> work) {
        PortalPrincipal principal = new TestPrincipal(user);
        Collection<GrantedAuthority> authorities = user.authorities();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
