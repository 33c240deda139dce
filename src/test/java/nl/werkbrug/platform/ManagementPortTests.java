package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import nl.werkbrug.WerkbrugApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * With a separate management port (as in production) probes and Prometheus are served there, and the
 * application port serves no actuator endpoint at all.
 */
// starts a portal of its own: never next to the tests of the shared context
@Isolated
class ManagementPortTests {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void probes_and_metrics_answer_on_the_management_port_only(@TempDir Path data) throws Exception {
        int appPort = freePort();
        int managementPort = freePort();
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(WerkbrugApplication.class).run(
                "--server.port=" + appPort, "--management.server.port=" + managementPort,
                "--management.endpoints.web.exposure.include=health,prometheus", "--spring.jmx.enabled=false",
                "--werkbrug.demo-data.enabled=false", "--werkbrug.embedded-database.data-directory=" + data)) {

            assertThat(get(managementPort, "/actuator/health/readiness")).satisfies(response -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("UP");
            });
            assertThat(get(managementPort, "/actuator/prometheus")).satisfies(response -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("jvm_memory_used_bytes");
            });
            assertThat(get(appPort, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
            assertThat(get(appPort, "/actuator/health").statusCode()).isNotEqualTo(200);
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
