package nl.werkbrug.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.UsernameTakenException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Employer accounts as Keycloak users, through Keycloak's admin REST API with Spring's {@link RestClient} (see ADR
 * 0006 for why not {@code keycloak-admin-client}). A user gets the attributes {@code werkbrug-werkgever} (employer
 * id) and {@code werkbrug-werkgeversrol} (role), which only an administrator may set (the realm's user profile) and
 * {@link KeycloakTokenMapper} turns back into the employer membership at login; joins the group {@code /werkgever},
 * the one group the provisioning account's fine-grained permissions name (so it may read the employer users by id and
 * no one else); and becomes a member of the company's Keycloak organisation (created when missing;
 * {@code werkbrug.keycloak.organisations}). The portal records each account it created in its own register
 * ({@code employer_keycloak_account}, in the caller's transaction), which the colleague list reads. A name or address
 * already in Keycloak is Keycloak's conflict, not a lookup of ours (the account may not search users).
 * Keycloak is not part of the database transaction: if the transaction that created a user rolls back, the user is
 * deleted again.
 */
@Component
@ConditionalOnProperty(name = "werkbrug.login", havingValue = "keycloak")
class KeycloakEmployerAccountDirectory implements EmployerAccountDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakEmployerAccountDirectory.class);
    static final String EMPLOYER_ATTRIBUTE = "werkbrug-werkgever";
    static final String ROLE_ATTRIBUTE = "werkbrug-werkgeversrol";

    private final RestClient http;
    private final String serverUrl;
    private final String realm;
    private final String adminRealm;
    private final String clientId;
    private final String clientSecret;
    private final String username;
    private final String password;
    private final boolean organisations;
    private final String employerGroupId;
    private final AccountStore accounts;
    private final TransactionTemplate transactions;

    KeycloakEmployerAccountDirectory(OAuth2ClientProperties oauth2, KeycloakProperties properties, AccountStore accounts,
                                     PlatformTransactionManager transactions) {
        OAuth2ClientProperties.Provider provider = oauth2.getProvider().get("keycloak");
        @Nullable String issuer = provider == null ? null : provider.getIssuerUri();
        if (issuer == null) {
            throw new IllegalStateException("spring.security.oauth2.client.provider.keycloak.issuer-uri is not set");
        }
        KeycloakProperties.Admin admin = properties.admin();
        int realms = issuer.indexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("The Keycloak issuer URI has no /realms/<realm>: " + issuer);
        }
        this.serverUrl = issuer.substring(0, realms);
        this.realm = issuer.substring(realms + "/realms/".length()).replaceFirst("/+$", "");
        this.adminRealm = admin.realm().isBlank() ? realm : admin.realm();
        this.clientId = admin.clientId();
        this.clientSecret = admin.clientSecret();
        this.username = admin.username();
        this.password = admin.password();
        this.organisations = properties.organisations();
        this.employerGroupId = properties.employerGroupId();
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactions);
        this.http = RestClient.builder().baseUrl(serverUrl).build();
    }

    @Override
    public void create(NewEmployerAccount account) {
        String token = token();
        String[] names = splitName(account.displayName());
        Map<String, Object> user = Map.of(
                "username", account.username(),
                "email", account.email(),
                "firstName", names[0],
                "lastName", names[1],
                "enabled", true,
                "attributes", Map.of(EMPLOYER_ATTRIBUTE, List.of(String.valueOf(account.membership().employerId())),
                        ROLE_ATTRIBUTE, List.of(account.membership().role().name())),
                "credentials", List.of(Map.of("type", "password", "value", account.rawPassword(), "temporary", false)));
        URI location;
        try {
            location = http.post().uri("/admin/realms/{realm}/users", realm).headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity().getHeaders().getLocation();
        } catch (HttpClientErrorException.Conflict e) {
            throw new UsernameTakenException(account.username());
        }
        if (location == null) {
            throw new IllegalStateException("Keycloak did not say where user " + account.username() + " was created");
        }
        String userId = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        deleteOnRollback("users", userId);
        http.put().uri("/admin/realms/{realm}/users/{user}/groups/{group}", realm, userId, employerGroupId)
                .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
        @Nullable String organisationId = null;
        if (organisations) {
            organisationId = ensureOrganisation(token, account);
            http.post().uri("/admin/realms/{realm}/organizations/{org}/members", realm, organisationId)
                    .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                    .body("\"" + userId + "\"").retrieve().toBodilessEntity();
        }
        accounts.registerKeycloakEmployerAccount(userId, organisationId, account);
        log.info("Keycloak user {} created for employer {} as {}", account.username(),
                account.membership().employerId(), account.membership().role());
    }

    /**
     * The company's accounts from the portal's register: the provisioning account may read a user by id but Keycloak
     * answers its listings (the group's members, a search by attribute, an organisation's members) with nothing.
     */
    @Override
    public List<Colleague> colleagues(long employerId) {
        return accounts.keycloakEmployerColleagues(employerId);
    }

    /**
     * At an employer user's login, the register's entry follows the ID token (a name or address changed in Keycloak's
     * account console, a role an administrator changed, a user an administrator created in Keycloak). A failure here
     * is logged and does not refuse the login.
     */
    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof KeycloakUser user) || user.portalUser().employer() == null) {
            return;
        }
        try {
            transactions.executeWithoutResult(status ->
                    accounts.refreshKeycloakEmployerAccount(user.getSubject(), user.portalUser(), user.getEmail()));
        } catch (RuntimeException e) {
            log.warn("The register entry of Keycloak user {} was not refreshed at login", user.getSubject(), e);
        }
    }

    /**
     * The Keycloak organisation of the company, named after it and its KvK number (organisation names are unique in
     * a realm), with the KvK number and our employer id as attributes: the one the portal's register holds for the
     * company (the provisioning account may not search organisations), else a new one.
     */
    private String ensureOrganisation(String token, NewEmployerAccount account) {
        Optional<String> known = accounts.keycloakOrganisationOf(account.membership().employerId());
        if (known.isPresent()) {
            return known.get();
        }
        String name = account.companyName() + " (KvK " + account.kvkNumber() + ")";
        Map<String, Object> organisation = Map.of(
                "name", name,
                "alias", "werkgever-" + account.membership().employerId(),
                "enabled", true,
                "attributes", Map.of("kvk", List.of(account.kvkNumber()),
                        "werkbrug-employer-id", List.of(String.valueOf(account.membership().employerId()))));
        URI location = http.post().uri("/admin/realms/{realm}/organizations", realm).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(organisation).retrieve().toBodilessEntity()
                .getHeaders().getLocation();
        if (location == null) {
            throw new IllegalStateException("Keycloak did not say where organisation " + name + " was created");
        }
        String id = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        deleteOnRollback("organizations", id);
        return id;
    }

    /** If the database work that created a Keycloak user or organisation rolls back, it is deleted again. */
    private void deleteOnRollback(String kind, String id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        String token = token();
                        http.delete().uri("/admin/realms/{realm}/{kind}/{id}", realm, kind, id)
                                .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
                        log.info("Keycloak {} {} deleted: the work it belonged to was rolled back", kind, id);
                    } catch (RuntimeException e) {
                        log.error("Keycloak {} {} was left behind after a rollback; delete it by hand", kind, id, e);
                    }
                }
            }
        });
    }

    /** An admin access token: client credentials of a service account, or a user's password (e.g. admin-cli). */
    private String token() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", clientId);
        if (!clientSecret.isBlank()) {
            form.add("grant_type", "client_credentials");
            form.add("client_secret", clientSecret);
        } else if (!username.isBlank()) {
            form.add("grant_type", "password");
            form.add("username", username);
            form.add("password", password);
        } else {
            throw new IllegalStateException("Set werkbrug.keycloak.admin.client-secret (or username and password) to provision Keycloak users");
        }
        Map<String, Object> response = http.post().uri("/realms/{realm}/protocol/openid-connect/token", adminRealm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .onStatus(status -> status.value() == HttpStatus.UNAUTHORIZED.value(), (request, resp) -> {
                    throw new IllegalStateException("Keycloak refused the provisioning credentials");
                })
                .body(new ParameterizedTypeReference<>() { });
        if (response == null || !(response.get("access_token") instanceof String accessToken)) {
            throw new IllegalStateException("Keycloak gave no admin access token");
        }
        return accessToken;
    }

    private static String[] splitName(String displayName) {
        String name = displayName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1).strip()};
    }
}
