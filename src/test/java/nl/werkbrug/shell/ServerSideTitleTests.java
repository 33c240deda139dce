package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first HTML response of a route already carries its title: no script needs to run (WCAG 2.4.2). Pages behind the
 * login are checked in {@code ShellBrowserTests} with a logged-in session.
 */
@IntegrationTest
class ServerSideTitleTests {

    static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_login_page_is_named_in_the_first_response() throws Exception {
        assertThat(titleOf("login", "nl")).isEqualTo("Inloggen - Werkbrug");
        assertThat(titleOf("login?error", "nl")).isEqualTo("Inloggen - Werkbrug");
    }

    @Test
    void the_title_follows_the_chosen_language() throws Exception {
        assertThat(titleOf("login", "en")).isEqualTo("Log in - Werkbrug");
        assertThat(titleOf("werkgever/registreren", "en")).isEqualTo("Register your company - Werkbrug");
    }

    @Test
    void a_route_about_a_municipality_names_it_and_without_one_names_the_region() throws Exception {
        assertThat(titleOf("werkgever/registreren", "nl")).isEqualTo("Bedrijf registreren - Werkbrug");
        assertThat(titleOf("instrumenten/enschede", "nl")).isEqualTo("Ondersteuning voor werkgevers in Enschede - Werkbrug");
        assertThat(titleOf("instrumenten", "nl")).isEqualTo("Ondersteuning voor werkgevers in Twente - Werkbrug");
        assertThat(titleOf("inloggen-mislukt", "nl")).isEqualTo("Inloggen is niet gelukt - Werkbrug");
    }

    /** Issue 13, Keycloak down: where a login goes then answers 503 (not 200: monitoring sees it), in both languages. */
    @Test
    void the_login_unavailable_page_answers_503_and_is_named_in_the_first_response() throws Exception {
        assertThat(titleOf("inloggen-niet-mogelijk", "nl", 503)).isEqualTo("Inloggen is tijdelijk niet mogelijk - Werkbrug");
        assertThat(titleOf("inloggen-niet-mogelijk", "en", 503)).isEqualTo("Logging in is temporarily not possible - Werkbrug");
    }

    private String titleOf(String path, String language) throws IOException, InterruptedException {
        return titleOf(path, language, 200);
    }

    /** The title in the first response for a browser that chose {@code language} (the portal keeps it in a cookie). */
    private String titleOf(String path, String language, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Accept", "text/html").header("Cookie", "werkbrug-lang=" + language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        Matcher title = TITLE.matcher(response.body());
        assertThat(title.find()).as("a <title> in the response of %s", path).isTrue();
        return title.group(1).strip();
    }
}
