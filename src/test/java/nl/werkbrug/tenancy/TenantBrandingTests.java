package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each municipality's colours are served from its tenant.yaml, to everyone, without a build step. */
@IntegrationTest
class TenantBrandingTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_stylesheet_of_a_municipality_carries_the_colours_of_its_tenant_file() throws Exception {
        HttpResponse<String> css = get("branding/enschede.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains("--werkbrug-brand: #a6192e;", "--lumo-primary-color: #a6192e;",
                "--lumo-primary-contrast-color: #ffffff;", "--lumo-primary-color-10pct: rgba(166, 25, 46, 0.1);");
    }

    @Test
    void an_unknown_municipality_has_no_stylesheet_and_no_logo() throws Exception {
        assertThat(get("branding/atlantis.css").statusCode()).isEqualTo(404);
        assertThat(get("branding/enschede/logo").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
