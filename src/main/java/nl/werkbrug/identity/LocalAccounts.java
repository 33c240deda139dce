package nl.werkbrug.identity;

import java.util.List;

import nl.werkbrug.identity.internal.AccountStore;
import nl.werkbrug.tenancy.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts of the embedded default: provisioning, members of a municipality, language preference. */
@Service
public class LocalAccounts {

    private final AccountStore store;
    private final PasswordEncoder passwordEncoder;
    private final CurrentTenant currentTenant;
    private final CurrentUser currentUser;

    LocalAccounts(AccountStore store, PasswordEncoder passwordEncoder, CurrentTenant currentTenant, CurrentUser currentUser) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.currentTenant = currentTenant;
        this.currentUser = currentUser;
    }

    /** Creates the account with its grants unless an account with that user name exists. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public boolean ensureUser(NewLocalUser user) {
        if (store.exists(user.username())) {
            return false;
        }
        store.create(user, passwordEncoder.encode(user.rawPassword()));
        return true;
    }

    /**
     * Whether any of these local accounts still has this password, e.g. the demo accounts in production. By name:
     * the portal's database role cannot list password hashes (docs/security.md, finding 11).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean anyAccountHasPassword(java.util.Collection<String> usernames, String rawPassword) {
        return usernames.stream().flatMap(username -> store.passwordHash(username).stream())
                .anyMatch(hash -> passwordEncoder.matches(rawPassword, hash));
    }

    /** Users holding roles in the active municipality. */
    @PreAuthorize("@tenantAccess.has('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> membersOfActiveTenant() {
        return store.membersOf(currentTenant.require());
    }

    /** The consultants of the active municipality, e.g. to hand a file over to; any of its consultants may ask. */
    @PreAuthorize("@tenantAccess.has('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<Member> consultantsOfActiveTenant() {
        return store.membersOf(currentTenant.require()).stream()
                .filter(member -> member.roles().contains(TenantRole.CONSULTANT)).toList();
    }

    /**
     * The e-mail addresses of a municipality's users with a role, for the portal's own notices (e.g. the pool's quota
     * alert to the tenant admins); read as the system, as no user asked.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<String> addressesOf(String tenant, TenantRole role) {
        return store.addressesOf(tenant, role.name(), false);
    }

    /** The e-mail addresses of the region's users with a region role, e.g. the regional coordinators. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<String> regionAddressesOf(String region, RegionRole role) {
        return store.addressesOf(region, role.name(), true);
    }

    /** The e-mail address of one user, e.g. the consultant responsible for a file; empty without one. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public java.util.Optional<String> addressOf(String username) {
        return store.addressOf(username);
    }

    /** Remembers the language the logged-in user chose. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setPreferredLanguage(String language) {
        if (!language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        store.setPreferredLanguage(currentUser.require().username(), language);
    }
}
