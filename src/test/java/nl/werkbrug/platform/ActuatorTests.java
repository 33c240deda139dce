package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health with liveness and readiness groups is public for the probes; no other actuator endpoint is. */
@IntegrationTest
class ActuatorTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_liveness_and_readiness_answer_up_without_login() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void health_shows_no_details_to_the_public() throws Exception {
        assertThat(get("/actuator/health").body()).doesNotContain("db").doesNotContain("components");
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> response = get(path);
            // Anonymous: sent to the login page, like any page that needs a login; nothing of the endpoint shows.
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").map(URI::create).map(URI::getPath)).as(path)
                    .hasValue("/login");
            assertThat(response.body()).as(path)
                    .doesNotContain("propertySources").doesNotContain("activeProfiles")
                    .doesNotContain("\"beans\"").doesNotContain("jvm_memory").doesNotContain("_links")
                    .doesNotContain("spring.datasource");
        }
    }
}
