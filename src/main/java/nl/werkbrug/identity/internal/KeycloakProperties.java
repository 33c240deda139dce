package nl.werkbrug.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keycloak's admin REST API as the portal uses it to create employer accounts, and how the portal finds out that
 * Keycloak is down ({@code werkbrug.keycloak.*}).
 *
 * @param admin         the account the portal provisions users with
 * @param organisations whether each company also becomes a Keycloak organisation
 * @param availability  how the portal asks whether Keycloak answers before it sends a browser there
 * @param employerGroupId the id of the group {@code /werkgever} every employer user joins: the id the realm file fixes
 *                        and the provisioning account's fine-grained permission names (it may not look groups up by
 *                        path)
 */
@ConfigurationProperties("werkbrug.keycloak")
record KeycloakProperties(@DefaultValue Admin admin, @DefaultValue("true") boolean organisations,
                          @DefaultValue Availability availability,
                          @DefaultValue("5a1e7b2c-3d4f-4e8a-9b6c-0d2f8e4a7c19") String employerGroupId) {

    /**
     * @param timeout        how long one question may take: a Keycloak that answers slower cannot serve a login either
     * @param rememberOutage how long an outage is believed without asking again
     */
    record Availability(@DefaultValue("3s") Duration timeout, @DefaultValue("5s") Duration rememberOutage) {
    }

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
