package nl.werkbrug.identity.internal;

import java.util.Collection;

import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account as Spring Security sees it; carries the portal's principal model. */
final class LocalUserDetails implements UserDetails, PortalPrincipal, CredentialsContainer {

    private final PortalUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;

    LocalUserDetails(PortalUser user, @Nullable String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.authorities();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
