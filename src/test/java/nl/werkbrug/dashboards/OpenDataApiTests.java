package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional aggregates as open data over the real HTTP port, without login: in 2011 (no other test writes that
 * year) Losser has 3 people flowing out to work, Tubbergen 7 and Oldenzaal 12. By hand: Losser's 3 is small;
 * the region's 22 minus 12 minus 7 would give it away, so the smallest other shown row (Tubbergen's 7) is
 * suppressed too; Oldenzaal's 12 and the total 22 are shown. JSON and CSV say the same, and the OpenAPI document
 * describes exactly the fields the JSON has.
 */
@IntegrationTest
class OpenDataApiTests {

    private static final String REGION = "twente";
    private static final String KPI = "uitstroom-werk";

    @LocalServerPort
    int port;

    @Autowired
    Projector projector;

    @Autowired
    TransactionTemplate transaction;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final JsonMapper json = JsonMapper.builder().build();

    private static boolean recorded;

    /** Each person's outflow as the listener records it, once per run (a repeated run adds nothing: a fact counts once). */
    @BeforeEach
    void outflowInTwentyEleven() {
        if (recorded) {
            return;
        }
        recorded = true;
        outflow("losser", 7100, 3);
        outflow("tubbergen", 7200, 7);
        outflow("oldenzaal", 7300, 12);
    }

    private void outflow(String tenant, long firstFile, int people) {
        for (long file = firstFile; file < firstFile + people; file++) {
            var fact = DashboardListener.fact(new CandidateEvent.OutflowRecorded(file, tenant, REGION, "c",
                    OutflowReason.WERK), LocalDate.of(2011, 5, 10)).orElseThrow();
            TenantContext.runAs(tenant, () -> transaction.executeWithoutResult(status -> projector.record(tenant, REGION, fact)));
        }
        projector.catchUp(tenant);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode figure(JsonNode area, String kpi) {
        for (JsonNode figure : area.get("figures")) {
            if (figure.get("kpi").asString().equals(kpi)) {
                return figure;
            }
        }
        throw new AssertionError("no " + kpi);
    }

    private static JsonNode municipality(JsonNode body, String id) {
        for (JsonNode area : body.get("municipalities")) {
            if (area.get("id").asString().equals(id)) {
                return area;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void the_json_shows_what_the_coordinator_sees_with_the_small_cell_and_its_giveaway_suppressed() throws Exception {
        HttpResponse<String> response = get("/api/public/dashboards/twente?jaar=2011");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("from").asString()).isEqualTo("2011-01");
        assertThat(body.get("to").asString()).isEqualTo("2011-12");
        assertThat(body.get("suppression").asString()).contains("1 tot en met 4");
        assertThat(figure(municipality(body, "losser"), KPI).get("suppressed").asBoolean()).isTrue();
        assertThat(figure(municipality(body, "losser"), KPI).get("value").isNull()).isTrue();
        assertThat(figure(municipality(body, "tubbergen"), KPI).get("suppressed").asBoolean()).isTrue();
        assertThat(figure(municipality(body, "tubbergen"), KPI).get("value").isNull()).isTrue();
        assertThat(figure(municipality(body, "oldenzaal"), KPI).get("value").asInt()).isEqualTo(12);
        assertThat(figure(body.get("total"), KPI).get("value").asInt()).isEqualTo(22);
        // nothing recorded is empty, not zero and not suppressed
        assertThat(figure(municipality(body, "almelo"), KPI).get("value").isNull()).isTrue();
        assertThat(figure(municipality(body, "almelo"), KPI).get("suppressed").asBoolean()).isFalse();
        // the counts behind a figure never leave
        assertThat(response.body()).doesNotContain("cases").doesNotContain("numerator");
    }

    @Test
    void the_csv_says_the_same_one_line_per_area_and_kpi() throws Exception {
        HttpResponse<String> response = get("/api/public/dashboards/twente/csv?jaar=2011");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFregio;gebied;naam;kengetal;versie;eenheid;van;tot;peildatum;waarde;onderdrukt");
        assertThat(line(lines, "losser")).endsWith(";;true").contains(";uitstroom-werk;1;personen;2011-01;2011-12;");
        assertThat(line(lines, "tubbergen")).endsWith(";;true");
        assertThat(line(lines, "oldenzaal")).endsWith(";12;false");
        assertThat(line(lines, "twente")).endsWith(";22;false");
    }

    private static String line(List<String> lines, String area) {
        return lines.stream().filter(line -> line.startsWith("twente;" + area + ";") && line.contains(";" + KPI + ";"))
                .findFirst().orElseThrow();
    }

    @Test
    void another_region_or_a_future_year_is_not_found_and_no_login_is_asked() throws Exception {
        assertThat(get("/api/public/dashboards/drenthe").statusCode()).isEqualTo(404);
        assertThat(get("/api/public/dashboards/twente?jaar=2999").statusCode()).isEqualTo(404);
        assertThat(get("/api/public/dashboards/twente").statusCode()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_describes_exactly_the_fields_the_endpoint_returns() throws Exception {
        JsonNode api = json.readTree(get("/api/public/openapi.json").body());
        JsonNode body = json.readTree(get("/api/public/dashboards/twente?jaar=2011").body());

        assertThat(api.get("paths").has("/api/public/dashboards/{region}")).isTrue();
        assertThat(api.get("paths").has("/api/public/dashboards/{region}/csv")).isTrue();
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(names(schemas.get("OpenDataset").get("properties"))).isEqualTo(names(body));
        assertThat(names(schemas.get("Area").get("properties"))).isEqualTo(names(body.get("total")));
        assertThat(names(schemas.get("Figure").get("properties"))).isEqualTo(names(body.get("total").get("figures").get(0)));
        assertThat(names(schemas.get("Kpi").get("properties"))).isEqualTo(names(body.get("kpis").get(0)));
    }

    private static Set<String> names(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        return new TreeSet<>(names);
    }
}
