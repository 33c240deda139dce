package nl.werkbrug.identity.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the OIDC user as Spring Security does, then maps ID token and user info claims to the portal's principal. */
final class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final KeycloakTokenMapper mapper;

    KeycloakUserService(KeycloakTokenMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        Map<String, Object> claims = new HashMap<>(oidcUser.getIdToken().getClaims());
        if (oidcUser.getUserInfo() != null) {
            claims.putAll(oidcUser.getUserInfo().getClaims());
        }
        try {
            OidcUserInfo userInfo = oidcUser.getUserInfo() != null ? oidcUser.getUserInfo() : new OidcUserInfo(claims);
            return new KeycloakUser(mapper.map(claims), oidcUser.getIdToken(), userInfo);
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", e.getMessage(), null), e);
        }
    }
}
