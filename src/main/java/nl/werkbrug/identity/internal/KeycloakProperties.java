package nl.werkbrug.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keycloak's admin REST API as the portal uses it to create employer accounts ({@code werkbrug.keycloak.*}).
 *
 * @param admin         the account the portal provisions users with
 * @param organisations whether each company also becomes a Keycloak organisation
 */
@ConfigurationProperties("werkbrug.keycloak")
record KeycloakProperties(@DefaultValue Admin admin, @DefaultValue("true") boolean organisations) {

    /**
     * @param realm        the realm the admin client lives in; empty: the portal's own realm
     * @param clientId     client with a service account (client credentials) or, with a user name, a password grant
     * @param clientSecret secret of that client; empty for a public client
     * @param username     user for a password grant; empty: client credentials
     * @param password     password of that user
     */
    record Admin(@DefaultValue("") String realm, @DefaultValue("werkbrug-provisioning") String clientId,
                 @DefaultValue("") String clientSecret, @DefaultValue("") String username,
                 @DefaultValue("") String password) {
    }
}
