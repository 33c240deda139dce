package nl.werkbrug.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How users log in: {@code werkbrug.login=local} (embedded default: accounts in the portal's database) or
 * {@code werkbrug.login=keycloak} (OIDC, part of the prod profile).
 *
 * @param login the way in
 */
@ConfigurationProperties("werkbrug")
public record LoginProperties(@DefaultValue("local") Method login) {

    /** The ways in. */
    public enum Method {
        LOCAL, KEYCLOAK
    }

    /** Whether users log in through Keycloak, so the portal shows no password form of its own. */
    public boolean keycloak() {
        return login == Method.KEYCLOAK;
    }
}
