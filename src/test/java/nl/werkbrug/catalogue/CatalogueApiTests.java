package nl.werkbrug.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public read API over the real HTTP port, without login, next to Vaadin; and its OpenAPI document. */
@IntegrationTest
class CatalogueApiTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode instrument(JsonNode catalogue, String code) {
        for (JsonNode instrument : catalogue.get("instruments")) {
            if (instrument.get("code").asString().equals(code)) {
                return instrument;
            }
        }
        throw new AssertionError("no instrument " + code);
    }

    @Test
    void enschedes_catalogue_is_served_as_json_without_login() throws Exception {
        HttpResponse<String> response = get("/api/public/catalogue/enschede");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=300"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("municipality").asString()).isEqualTo("enschede");
        // some amounts are left out: those of the region's koffer (the Werkplein Twente decision), not Enschede's own
        assertThat(body.get("amountsHidden").asBoolean()).isTrue();
        JsonNode bonus = instrument(body, "uitstroombonus");
        assertThat(bonus.get("amount").get("kind").asString()).isEqualTo("eenmalig");
        assertThat(bonus.get("amount").get("euro").decimalValue()).isEqualByComparingTo("1500");
        assertThat(bonus.get("conditions").get("minContractMonths").asInt()).isEqualTo(6);
        assertThat(bonus.get("version").get("versionId").asLong()).isPositive();
        assertThat(instrument(body, "proefplaatsing").get("maxDuration").get("months").asInt()).isEqualTo(3);
        assertThat(instrument(body, "proefplaatsing").get("setLocally").toString()).contains("maxDuration");
        assertThat(instrument(body, "individuele-studietoeslag").get("amount").get("euro").decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void the_koffer_s_own_instruments_carry_no_amounts_and_no_source_carries_a_file_name() throws Exception {
        HttpResponse<String> response = get("/api/public/catalogue/hengelo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("amountsHidden").asBoolean()).isTrue();
        for (String code : List.of("twents-fonds-voor-vakmanschap", "jobcoaching", "proefplaatsing")) {
            JsonNode instrument = instrument(body, code);
            assertThat(instrument.get("amount").isNull()).as(code).isTrue();
            assertThat(instrument.get("amountHidden").asBoolean()).as(code).isTrue();
        }
        assertThat(instrument(body, "loonkostenvoordeel").get("amount").get("maximumEuro").decimalValue()).isEqualByComparingTo("6000");
        assertThat(response.body()).doesNotContain("maximumEuro\":5000").doesNotContain(".txt").doesNotContain("standards-and-peers");
        assertThat(instrument(body, "leren-en-werken").get("sources").get(0).get("publisher").asString()).isEqualTo("Gemeente Hengelo");
    }

    @Test
    void the_region_and_a_single_instrument_have_their_own_addresses() throws Exception {
        JsonNode region = json.readTree(get("/api/public/catalogue").body());
        assertThat(region.get("region").asString()).isEqualTo("twente");
        assertThat(region.get("municipalities")).hasSize(14);
        // the region's own page keeps its koffer decision too: the amount is not served
        assertThat(instrument(region, "twents-fonds-voor-vakmanschap").get("amount").isNull()).isTrue();
        assertThat(instrument(region, "loonkostenvoordeel").get("amount").get("maximumEuro").decimalValue())
                .isEqualByComparingTo("6000");

        HttpResponse<String> single = get("/api/public/catalogue/enschede/participatieplaats");
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(json.readTree(single.body()).get("amount").get("tiers")).hasSize(2);
        assertThat(get("/api/public/catalogue/twente/loonkostensubsidie").statusCode()).isEqualTo(200);
    }

    @Test
    void unknown_municipalities_and_instruments_give_404_without_a_login_redirect() throws Exception {
        HttpResponse<String> unknown = get("/api/public/catalogue/atlantis");
        HttpResponse<String> notOffered = get("/api/public/catalogue/hengelo/uitstroombonus");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("atlantis");
        assertThat(notOffered.statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_is_documented_in_openapi_and_the_served_json_matches_the_documented_schema() throws Exception {
        HttpResponse<String> response = get("/api/public/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode spec = json.readTree(response.body());

        assertThat(spec.get("openapi").asString()).startsWith("3.");
        assertThat(spec.get("info").get("title").asString()).contains("instrumentencatalogus");
        assertThat(spec.get("paths").propertyNames()).contains("/api/public/catalogue", "/api/public/catalogue/{municipality}",
                "/api/public/catalogue/{municipality}/{code}");
        JsonNode schemas = spec.get("components").get("schemas");
        JsonNode served = json.readTree(get("/api/public/catalogue/enschede").body());

        List<String> undocumented = new ArrayList<>();
        undocumented(served, "MunicipalityCatalogue", schemas, "$", undocumented);
        assertThat(undocumented).as("fields served but not in the OpenAPI schema").isEmpty();
        assertThat(schemas.get("PublishedInstrument").get("properties").get("amountHidden")).isNotNull();
        assertThat(schemas.get("PublishedInstrument").get("properties").get("source").get("enum").toString())
                .contains("wettelijk", "regionaal", "belasting");
    }

    /** Every field of a served JSON object is a property of its schema, recursively through $ref, arrays and objects. */
    private void undocumented(JsonNode value, String schemaName, JsonNode schemas, String path, List<String> problems) {
        JsonNode schema = schemas.get(schemaName);
        if (schema == null) {
            problems.add(path + ": no schema " + schemaName);
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Set<String> declared = new HashSet<>(schema.path("properties").propertyNames());
        for (String field : value.propertyNames()) {
            if (!declared.contains(field)) {
                problems.add(path + "." + field + " (schema " + schemaName + ")");
                continue;
            }
            JsonNode property = schema.get("properties").get(field);
            JsonNode child = value.get(field);
            if (property.has("$ref") && child.isObject()) {
                undocumented(child, ref(property), schemas, path + "." + field, problems);
            } else if (property.has("items") && property.get("items").has("$ref") && child.isArray()) {
                for (JsonNode item : child) {
                    undocumented(item, ref(property.get("items")), schemas, path + "." + field + "[]", problems);
                }
            }
        }
    }

    private static String ref(JsonNode node) {
        String ref = node.get("$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
