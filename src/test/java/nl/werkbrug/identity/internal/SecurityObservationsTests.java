package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spring Security observes logins, not every request's way through its filters nor every authorization decision
 * (issue 13, load test: about 2 % of the portal's CPU); the requests are timed all the same.
 */
@IntegrationTest
class SecurityObservationsTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_request_is_timed_without_an_observation_of_the_filter_chain() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").meters()).isNotEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security.filterchain")
                || meter.getId().getName().startsWith("spring.security.authorizations"));
    }
}
