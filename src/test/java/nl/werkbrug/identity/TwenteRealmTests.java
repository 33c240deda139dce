package nl.werkbrug.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import nl.werkbrug.support.KeycloakServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm in the repository is what docs/security.md (finding 8) says: password policy, OTP for staff in the
 * browser flow, reset only by e-mail, a provisioning service account without realm-wide admin roles. Read as JSON,
 * without starting Keycloak (the Keycloak tests import the same file and log in through the flow).
 */
class TwenteRealmTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode realm = json.readTree(Path.of("src/main/keycloak/twente-realm.json").toFile());

    @Test
    void passwords_need_twelve_characters_not_the_user_name_or_e_mail_and_not_a_recent_one() {
        List<String> rules = List.of(realm.path("passwordPolicy").asString().split("\\s+and\\s+"));

        assertThat(rules).contains("length(12)", "notUsername", "notEmail");
        assertThat(rules).anySatisfy(rule -> assertThat(rule).matches("passwordHistory\\(([1-9]\\d*)\\)"));
    }

    @Test
    void the_browser_flow_requires_an_otp_of_every_member_of_the_municipal_and_regional_groups() {
        assertThat(realm.path("browserFlow").asString()).isEqualTo("werkbrug browser");
        JsonNode forms = subflow(flow("werkbrug browser"), "werkbrug forms");
        assertThat(execution(flow("werkbrug browser"), "werkbrug forms").path("requirement").asString())
                .isEqualTo("ALTERNATIVE");
        JsonNode staff = subflow(forms, "werkbrug staff OTP");
        assertThat(execution(forms, "werkbrug staff OTP").path("requirement").asString()).isEqualTo("CONDITIONAL");

        List<JsonNode> steps = executions(staff);
        assertThat(steps).extracting(step -> step.path("authenticator").asString() + " " + step.path("requirement").asString())
                .containsExactly("conditional-user-role REQUIRED", "auth-otp-form REQUIRED");
        JsonNode condition = config(steps.getFirst().path("authenticatorConfig").asString());
        assertThat(condition.path("condUserRole").asString()).isEqualTo("werkbrug-staff");
        assertThat(condition.path("negate").asString()).isEqualTo("false");

        // the role comes from the top groups (sub-groups inherit it), and employers do not get it
        assertThat(group("gemeente").path("realmRoles").toString()).isEqualTo("[\"werkbrug-staff\"]");
        assertThat(group("regio").path("realmRoles").toString()).isEqualTo("[\"werkbrug-staff\"]");
        assertThat(group("werkgever").has("realmRoles")).isFalse();
        assertThat(realm.path("roles").path("realm").findValuesAsString("name")).contains("werkbrug-staff");
        assertThat(realm.path("otpPolicyCodeReusable").asBoolean(true)).isFalse();
    }

    @Test
    void every_subflow_and_configuration_the_flows_name_is_in_the_realm() {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            for (JsonNode step : flow.path("authenticationExecutions")) {
                if (step.path("authenticatorFlow").asBoolean()) {
                    assertThat(flow(step.path("flowAlias").asString()).path("topLevel").asBoolean(true)).isFalse();
                }
                if (step.has("authenticatorConfig")) {
                    assertThat(config(step.path("authenticatorConfig").asString()).isEmpty()).isFalse();
                }
            }
        }
    }

    @Test
    void the_employers_identity_first_login_of_organisations_stays_in_the_flow() {
        JsonNode organisation = subflow(subflow(flow("werkbrug browser"), "werkbrug organisation"),
                "werkbrug organisation conditional");

        assertThat(executions(organisation)).extracting(step -> step.path("authenticator").asString())
                .containsExactly("conditional-user-configured", "organization");
    }

    @Test
    void a_password_is_reset_only_through_the_e_mail_link_and_no_account_ships_with_a_password() {
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue(); // Keycloak's reset flow mails a link
        assertThat(realm.has("resetCredentialsFlow")).isFalse(); // the built-in e-mail flow, not a replacement
        assertThat(realm.path("registrationAllowed").asBoolean(true)).isFalse();
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("credentials")).as(user.path("username").asString()).isFalse();
        }
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(client.path("clientId").asString())
                    .isFalse();
        }
    }

    @Test
    void the_provisioning_service_account_holds_no_realm_wide_admin_role() {
        JsonNode account = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> "werkbrug-provisioning".equals(user.path("serviceAccountClientId").asString()))
                .findFirst().orElseThrow();

        assertThat(account.path("realmRoles").isMissingNode()).isTrue();
        List<String> roles = new ArrayList<>();
        account.path("clientRoles").path("realm-management").forEach(role -> roles.add(role.asString()));
        assertThat(roles).containsExactlyInAnyOrder("query-users", "query-groups");
        assertThat(account.path("clientRoles").properties()).hasSize(1);
        // what it may do beyond querying comes from fine-grained admin permissions (docs/security.md)
        assertThat(realm.path("adminPermissionsEnabled").asBoolean()).isTrue();
    }

    /**
     * Finding 7: the portal re-reads a Keycloak user's groups with the refresh token every 30 s, so the refresh token
     * must outlive the portal's idle time (30 min) and the Keycloak session the portal's absolute lifetime (10 h) no
     * longer than that; a used refresh token stays valid (two requests of one session may refresh at the same time);
     * and the new ID token carries the groups.
     */
    @Test
    void the_session_lifetimes_let_the_portal_refresh_the_groups_for_ten_hours_and_the_id_token_carries_them() {
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(30 * 60);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isEqualTo(10 * 60 * 60);
        assertThat(realm.path("revokeRefreshToken").asBoolean(true)).isFalse();
        JsonNode portal = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> "werkbrug".equals(client.path("clientId").asString())).findFirst().orElseThrow();
        JsonNode groups = StreamSupport.stream(portal.path("protocolMappers").spliterator(), false)
                .filter(mapper -> "groups".equals(mapper.path("config").path("claim.name").asString())).findFirst()
                .orElseThrow();
        assertThat(groups.path("config").path("id.token.claim").asString()).isEqualTo("true");
        assertThat(groups.path("config").path("full.path").asString()).isEqualTo("true");
    }

    /**
     * Finding 8 (ADR 0006): an employer's id and role are user attributes that only an administrator may see or set,
     * in the tokens as {@code werkgever_id}/{@code werkgever_rol}; on groups the provisioning account may only see
     * {@code /werkgever}, its members, and put users in it — it creates no group.
     */
    @Test
    void the_employer_attributes_are_for_administrators_only_and_the_provisioning_account_only_fills_the_employer_group()
            throws Exception {
        JsonNode profile = json.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asString());
        for (String attribute : List.of("werkbrug-werkgever", "werkbrug-werkgeversrol")) {
            JsonNode declared = StreamSupport.stream(profile.path("attributes").spliterator(), false)
                    .filter(candidate -> attribute.equals(candidate.path("name").asString())).findFirst().orElseThrow();
            assertThat(declared.path("permissions").path("view").toString()).as(attribute).isEqualTo("[\"admin\"]");
            assertThat(declared.path("permissions").path("edit").toString()).as(attribute).isEqualTo("[\"admin\"]");
        }
        assertThat(profile.path("unmanagedAttributePolicy").isMissingNode()).isTrue(); // other attributes: none at all
        JsonNode portal = client("werkbrug");
        List<String> claims = new ArrayList<>();
        portal.path("protocolMappers").forEach(mapper -> {
            if ("oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asString())
                    && "true".equals(mapper.path("config").path("id.token.claim").asString())) {
                claims.add(mapper.path("config").path("user.attribute").asString() + " -> "
                        + mapper.path("config").path("claim.name").asString());
            }
        });
        assertThat(claims).containsExactlyInAnyOrder("werkbrug-werkgever -> werkgever_id",
                "werkbrug-werkgeversrol -> werkgever_rol");

        JsonNode authorisation = client("admin-permissions").path("authorizationSettings");
        List<String> groupPermissions = new ArrayList<>();
        authorisation.path("policies").forEach(policy -> {
            if ("Groups".equals(policy.path("config").path("defaultResourceType").asString())) {
                groupPermissions.add(policy.path("config").path("resources").asString() + " "
                        + policy.path("config").path("scopes").asString());
            }
        });
        assertThat(groupPermissions).containsExactly("[\"" + group("werkgever").path("id").asString() + "\"] "
                + "[\"view\",\"view-members\",\"manage-membership\"]");
    }

    private JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> clientId.equals(client.path("clientId").asString())).findFirst().orElseThrow();
    }

    @Test
    void the_test_staff_user_has_an_authenticator_whose_codes_the_tests_compute_as_rfc_6238_does() {
        JsonNode users = json.readTree(Path.of("src/test/resources/keycloak/twente-users-0.json").toFile());
        JsonNode hengelo = users.path("users").get(0);
        assertThat(hengelo.path("username").asString()).isEqualTo("kc.hengelo");
        assertThat(hengelo.path("credentials").findValuesAsString("type")).contains("otp");

        // RFC 6238, appendix B (SHA-1, its 20-byte ASCII key), last six of the eight digits
        assertThat(KeycloakServer.totp("12345678901234567890", Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(KeycloakServer.totp("12345678901234567890", Instant.ofEpochSecond(1_111_111_109))).isEqualTo("081804");
    }

    private JsonNode flow(String alias) {
        return StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
                .filter(flow -> alias.equals(flow.path("alias").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    private JsonNode subflow(JsonNode flow, String alias) {
        assertThat(execution(flow, alias).path("authenticatorFlow").asBoolean()).isTrue();
        return flow(alias);
    }

    private static JsonNode execution(JsonNode flow, String flowAlias) {
        return executions(flow).stream().filter(step -> flowAlias.equals(step.path("flowAlias").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(flow.path("alias").asString() + " has no step " + flowAlias));
    }

    private static List<JsonNode> executions(JsonNode flow) {
        List<JsonNode> steps = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(steps::add);
        steps.sort((a, b) -> Integer.compare(a.path("priority").asInt(), b.path("priority").asInt()));
        return steps;
    }

    private JsonNode config(String alias) {
        return StreamSupport.stream(realm.path("authenticatorConfig").spliterator(), false)
                .filter(config -> alias.equals(config.path("alias").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no authenticator config " + alias)).path("config");
    }

    private JsonNode group(String name) {
        return StreamSupport.stream(realm.path("groups").spliterator(), false)
                .filter(group -> name.equals(group.path("name").asString())).findFirst().orElseThrow();
    }
}
