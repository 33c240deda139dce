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

    /** Whether any local account still has this password, e.g. the demo password in production. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean anyAccountHasPassword(String rawPassword) {
        return store.passwordHashes().stream().anyMatch(hash -> passwordEncoder.matches(rawPassword, hash));
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
