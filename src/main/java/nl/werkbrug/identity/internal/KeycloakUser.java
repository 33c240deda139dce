package nl.werkbrug.identity.internal;

import nl.werkbrug.identity.PortalPrincipal;
import nl.werkbrug.identity.PortalUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user logged in through Keycloak, carrying the portal's principal model. */
final class KeycloakUser extends DefaultOidcUser implements PortalPrincipal {

    private final PortalUser user;

    KeycloakUser(PortalUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.authorities(), idToken, userInfo, "preferred_username");
        this.user = user;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
