package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.identity.RegionRole;
import nl.werkbrug.identity.TenantRole;
import nl.werkbrug.tenancy.Brand;
import nl.werkbrug.tenancy.BrandColour;
import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;

/** Claims as Keycloak 26 puts them in an ID token of the twente realm (group membership mapper, full path). */
class KeycloakTokenMapperTests {

    static final TenantDirectory TWENTE = new TenantDirectory(new Region("twente", "Twente", "Arbeidsmarktregio Twente"),
            List.of(tenant("enschede", "GM0153"), tenant("hengelo", "GM0164"), tenant("borne", "GM0147"),
                    tenant("haaksbergen", "GM0158")));

    final KeycloakTokenMapper mapper = new KeycloakTokenMapper(TWENTE);

    static Tenant tenant(String id, String cbs) {
        return new Tenant(id, "Gemeente " + id, id, cbs, "twente", List.of(id + ".test"), Locale.forLanguageTag("nl"),
                "Sociale Zaken", new Brand("Werkbrug " + id, new BrandColour("#00529b"), BrandColour.WHITE,
                new BrandColour("#00529b"), null), nl.werkbrug.tenancy.CaseworkSettings.NONE,
                nl.werkbrug.tenancy.PoolSettings.NONE);
    }

    static Map<String, Object> idToken(String username, Object groups) {
        Map<String, Object> claims = new HashMap<>(Map.of(
                "iss", "https://login.werkbrug.example/realms/twente",
                "sub", "3f2b8c3e-7d0a-4a5e-9f51-0c6b1e2a9d10",
                "aud", "werkbrug",
                "azp", "werkbrug",
                "typ", "ID",
                "sid", "b7c1e0b2-5d1e-4b0c-8a3f-2f4d9e6c1a77",
                "email_verified", true,
                "name", "Hanna Keijzer",
                "given_name", "Hanna",
                "family_name", "Keijzer"));
        claims.put("preferred_username", username);
        claims.put("email", username + "@hengelo.example");
        claims.put("exp", 1_795_000_000L);
        claims.put("iat", 1_794_999_700L);
        if (groups != null) {
            claims.put("groups", groups);
        }
        return claims;
    }

    @Test
    void a_hengelo_consultant_gets_the_consultant_role_in_hengelo_only() {
        PortalUser user = mapper.map(idToken("h.keijzer", List.of("/gemeente/hengelo/CONSULTANT")));

        assertThat(user.username()).isEqualTo("h.keijzer");
        assertThat(user.displayName()).isEqualTo("Hanna Keijzer");
        assertThat(user.tenantRoles()).isEqualTo(Map.of("hengelo", Set.of(TenantRole.CONSULTANT)));
        assertThat(user.regionRoles()).isEmpty();
        assertThat(user.employer()).isNull();
    }

    @Test
    void a_consultant_of_sociale_zaken_hengelo_works_for_borne_and_haaksbergen_too() {
        PortalUser user = mapper.map(idToken("werkcoach", List.of("/gemeente/hengelo/CONSULTANT",
                "/gemeente/borne/CONSULTANT", "/gemeente/haaksbergen/CONSULTANT", "/gemeente/hengelo/SROI_OFFICER")));

        assertThat(user.tenants()).containsExactly("borne", "haaksbergen", "hengelo");
        assertThat(user.rolesIn("hengelo")).containsExactlyInAnyOrder(TenantRole.CONSULTANT, TenantRole.SROI_OFFICER);
    }

    @Test
    void coordinators_and_tenant_admins_are_recognised_from_groups_and_employers_from_their_two_attributes() {
        Map<String, Object> claims = idToken("mixed", List.of("/regio/twente/COORDINATOR", "/gemeente/enschede/TENANT_ADMIN"));
        claims.put("werkgever_id", "42");
        claims.put("werkgever_rol", "EMPLOYER_ADMIN");
        PortalUser user = mapper.map(claims);

        assertThat(user.hasRegionRole("twente", RegionRole.COORDINATOR)).isTrue();
        assertThat(user.hasRole("enschede", TenantRole.TENANT_ADMIN)).isTrue();
        assertThat(user.employer()).isEqualTo(new EmployerMembership(42, EmployerRole.EMPLOYER_ADMIN));
    }

    @Test
    void unknown_municipalities_regions_roles_and_other_groups_are_ignored() {
        PortalUser user = mapper.map(idToken("odd", List.of("/gemeente/atlantis/CONSULTANT", "/gemeente/hengelo/KING",
                "/regio/achterhoek/COORDINATOR", "/werkgever/abc/EMPLOYER_ADMIN", "/beheerders",
                "gemeente/hengelo/CONSULTANT", "/gemeente/hengelo/CONSULTANT/extra")));

        assertThat(user.tenantRoles()).isEmpty();
        assertThat(user.regionRoles()).isEmpty();
        assertThat(user.employer()).isNull();
    }

    @Test
    void an_employer_group_path_an_id_that_is_no_number_or_an_unknown_employer_role_gives_no_employer() {
        Map<String, Object> byGroup = idToken("groep", List.of("/werkgever/42/EMPLOYER_ADMIN"));
        Map<String, Object> noNumber = idToken("letters", List.of());
        noNumber.put("werkgever_id", "abc");
        noNumber.put("werkgever_rol", "EMPLOYER_ADMIN");
        Map<String, Object> unknownRole = idToken("baas", List.of());
        unknownRole.put("werkgever_id", "42");
        unknownRole.put("werkgever_rol", "OWNER");
        Map<String, Object> noRole = idToken("zonder", List.of());
        noRole.put("werkgever_id", "42");

        assertThat(List.of(byGroup, noNumber, unknownRole, noRole)).allSatisfy(claims ->
                assertThat(mapper.map(claims).employer()).isNull());
    }

    @Test
    void a_token_without_groups_gives_a_user_without_any_role() {
        PortalUser user = mapper.map(idToken("nobody", null));

        assertThat(user.tenantRoles()).isEmpty();
        assertThat(user.regionRoles()).isEmpty();
        assertThat(user.authorities()).extracting(Object::toString).containsExactly("ROLE_USER");
    }

    @Test
    void a_single_group_given_as_text_instead_of_a_list_still_counts() {
        PortalUser user = mapper.map(idToken("single", "/gemeente/borne/CONSULTANT"));

        assertThat(user.isMemberOf("borne")).isTrue();
    }

    @Test
    void a_token_without_preferred_username_uses_the_subject_and_one_without_both_is_refused() {
        Map<String, Object> claims = idToken("x", List.of());
        claims.remove("preferred_username");
        assertThat(mapper.map(claims).username()).isEqualTo("3f2b8c3e-7d0a-4a5e-9f51-0c6b1e2a9d10");

        claims.remove("sub");
        assertThatThrownBy(() -> mapper.map(claims)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_language_claim_sets_the_preferred_language_when_supported() {
        Map<String, Object> claims = idToken("taal", List.of());
        claims.put("locale", "en");
        assertThat(mapper.map(claims).preferredLanguage()).isEqualTo("en");
        claims.put("locale", "fy");
        assertThat(mapper.map(claims).preferredLanguage()).isNull();
    }
}
