package nl.werkbrug.identity.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestClient;

/**
 * Finding 7 for Keycloak users: at the session policy's recheck interval the portal uses the session's refresh token
 * (refresh-token grant) and maps the groups of the new ID token to roles again, as at login (docs/adr/0003). The
 * portal calls no resource server with the access token, so the grant is made at the interval whatever the access
 * token's expiry. Keycloak refuses it ({@code invalid_grant}) when the user is disabled or removed, or the Keycloak
 * session was ended by an administrator, by a logout elsewhere or by Keycloak's own session limits: the portal's
 * session then ends. No answer within the availability timeout is an outage, remembered by {@link KeycloakAvailability}
 * so that the next rechecks and logins do not wait for it again.
 */
final class KeycloakRoleRefresh {

    private static final Logger log = LoggerFactory.getLogger(KeycloakRoleRefresh.class);

    /** What the refresh found out. */
    sealed interface Outcome {
        /** Keycloak issued new tokens (kept in the session): the authentication with the roles of now. */
        record Confirmed(OAuth2AuthenticationToken authentication) implements Outcome {
        }

        /** Keycloak refused: the session must end. */
        record Refused(String reason) implements Outcome {
        }

        /** Keycloak did not answer (or not usably): nothing is known about the roles now. */
        record Unreachable(String reason) implements Outcome {
        }
    }

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final KeycloakTokenMapper mapper;
    private final KeycloakAvailability availability;
    private final RestClientRefreshTokenTokenResponseClient tokens = new RestClientRefreshTokenTokenResponseClient();
    private final OidcIdTokenDecoderFactory idTokenDecoders = new OidcIdTokenDecoderFactory();

    KeycloakRoleRefresh(OAuth2AuthorizedClientRepository authorizedClients, KeycloakTokenMapper mapper,
                        KeycloakAvailability availability) {
        this.authorizedClients = authorizedClients;
        this.mapper = mapper;
        this.availability = availability;
        Duration timeout = availability.timeout();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(timeout);
        // as the default client's, with a timeout: a Keycloak that hangs must not hold a request thread for long
        tokens.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
    }

    Outcome refresh(HttpServletRequest request, HttpServletResponse response, OAuth2AuthenticationToken authentication) {
        String registrationId = authentication.getAuthorizedClientRegistrationId();
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(registrationId, authentication, request);
        if (client == null || client.getRefreshToken() == null) {
            return new Outcome.Refused("no refresh token in the session");
        }
        if (availability.outageRemembered()) {
            return new Outcome.Unreachable("Keycloak outage remembered");
        }
        ClientRegistration registration = client.getClientRegistration();
        OAuth2AccessTokenResponse answer;
        try {
            answer = tokens.getTokenResponse(new OAuth2RefreshTokenGrantRequest(registration, client.getAccessToken(),
                    client.getRefreshToken()));
        } catch (OAuth2AuthorizationException e) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
                return new Outcome.Refused("Keycloak refused the refresh: " + e.getError().getDescription());
            }
            availability.outage("refresh failed: " + e.getError());
            return new Outcome.Unreachable("refresh failed: " + e.getError().getErrorCode());
        }
        if (!(answer.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN) instanceof String idTokenValue)) {
            log.warn("Keycloak's refresh answer for {} has no ID token", authentication.getName());
            return new Outcome.Unreachable("no ID token in the refresh answer");
        }
        OidcIdToken idToken;
        try {
            JwtDecoder decoder = idTokenDecoders.createDecoder(registration);
            Jwt jwt = decoder.decode(idTokenValue);
            idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getClaims());
        } catch (JwtException e) {
            log.warn("Keycloak's refreshed ID token for {} is not valid: {}", authentication.getName(), e.getMessage());
            return new Outcome.Refused("refreshed ID token not valid");
        }
        KeycloakUser user = new KeycloakUser(mapper.map(idToken.getClaims()), idToken, new OidcUserInfo(idToken.getClaims()));
        OAuth2AuthenticationToken replaced = new OAuth2AuthenticationToken(user, user.getAuthorities(), registrationId);
        replaced.setDetails(authentication.getDetails());
        // a refresh answer without a new refresh token leaves the old one valid (RFC 6749, section 6)
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, replaced.getName(),
                answer.getAccessToken(), answer.getRefreshToken() != null ? answer.getRefreshToken() : client.getRefreshToken()),
                replaced, request, response);
        return new Outcome.Confirmed(replaced);
    }
}
