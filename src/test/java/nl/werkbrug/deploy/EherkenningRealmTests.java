package nl.werkbrug.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, ADR 0021: the Twente realm brokers eHerkenning (SAML through a makelaar) as configuration, switched off
 * until a region has its broker contract, with the KvK number of the eHerkenning assertion mapped to the user and a
 * first-broker-login flow of its own. Read from the file Keycloak imports; no Keycloak is started.
 */
class EherkenningRealmTests {

    static final Path REALM = Path.of("src/main/keycloak/twente-realm.json");
    static final JsonNode realm = JsonMapper.builder().build().readTree(REALM.toFile());

    static JsonNode only(String array, String field, String value) {
        List<JsonNode> matches = StreamSupport.stream(realm.path(array).spliterator(), false)
                .filter(node -> node.path(field).asString("").equals(value)).toList();
        assertThat(matches).as(array + " with " + field + " = " + value).hasSize(1);
        return matches.getFirst();
    }

    @Test
    void the_eherkenning_broker_is_in_the_realm_and_disabled_by_default() {
        JsonNode eherkenning = only("identityProviders", "alias", "eherkenning");

        assertThat(eherkenning.path("providerId").asString()).isEqualTo("saml");
        assertThat(eherkenning.path("enabled").isBoolean()).isTrue();
        assertThat(eherkenning.path("enabled").asBoolean()).as("enabled").isFalse();
        assertThat(eherkenning.path("trustEmail").asBoolean()).isFalse();
        // EH3 (standards-and-peers c2): urn:etoegang:core:assurance-class:loa3, at least
        assertThat(eherkenning.path("config").path("authnContextClassRefs").asString())
                .isEqualTo("[\"urn:etoegang:core:assurance-class:loa3\"]");
        assertThat(eherkenning.path("config").path("authnContextComparisonType").asString()).isEqualTo("minimum");
        assertThat(eherkenning.path("config").path("validateSignature").asString()).isEqualTo("true");
        assertThat(eherkenning.path("config").path("wantAssertionsSigned").asString()).isEqualTo("true");
    }

    @Test
    void every_address_and_secret_of_the_broker_is_a_placeholder_filled_from_the_environment() {
        JsonNode config = only("identityProviders", "alias", "eherkenning").path("config");

        for (String key : List.of("entityId", "idpEntityId", "singleSignOnServiceUrl", "signingCertificate",
                "attributeConsumingServiceIndex")) {
            assertThat(config.path(key).asString()).as(key).matches("\\$\\{EHERKENNING_[A-Z_]+:[^}]*}");
        }
        // the defaults only keep the import valid: an address that cannot resolve, never a real broker
        Matcher sso = Pattern.compile("\\$\\{EHERKENNING_BROKER_SSO_URL:(.*)}").matcher(config.path("singleSignOnServiceUrl").asString());
        assertThat(sso.matches()).isTrue();
        assertThat(sso.group(1)).startsWith("https://").contains(".invalid/");
    }

    @Test
    void the_kvk_number_and_the_vestigingsnummer_of_the_assertion_become_user_attributes() {
        JsonNode kvk = only("identityProviderMappers", "name", "eherkenning-kvk-number");
        JsonNode branch = only("identityProviderMappers", "name", "eherkenning-vestigingsnummer");

        assertThat(kvk.path("identityProviderAlias").asString()).isEqualTo("eherkenning");
        assertThat(kvk.path("identityProviderMapper").asString()).isEqualTo("saml-user-attribute-idp-mapper");
        assertThat(kvk.path("config").path("attribute.name").asString()).isEqualTo("urn:etoegang:1.9:EntityConcernedID:KvKnr");
        assertThat(kvk.path("config").path("user.attribute").asString()).isEqualTo("kvk");
        assertThat(branch.path("identityProviderAlias").asString()).isEqualTo("eherkenning");
        assertThat(branch.path("config").path("attribute.name").asString())
                .isEqualTo("urn:etoegang:1.9:ServiceRestriction:Vestigingsnr");
        assertThat(branch.path("config").path("user.attribute").asString()).isEqualTo("vestigingsnummer");
    }

    @Test
    void the_first_login_through_eherkenning_asks_the_e_mail_once_and_never_links_an_existing_account() {
        String flowAlias = only("identityProviders", "alias", "eherkenning").path("firstBrokerLoginFlowAlias").asString();
        JsonNode flow = only("authenticationFlows", "alias", flowAlias);

        assertThat(flow.path("topLevel").asBoolean()).isTrue();
        assertThat(StreamSupport.stream(flow.path("authenticationExecutions").spliterator(), false)
                .map(execution -> execution.path("authenticator").asString() + ":" + execution.path("requirement").asString()))
                .containsExactly("idp-review-profile:REQUIRED", "idp-create-user-if-unique:REQUIRED");
        JsonNode review = only("authenticatorConfig", "alias", "eherkenning review profile");
        assertThat(review.path("config").path("update.profile.on.first.login").asString()).isEqualTo("missing");
    }
}
