package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Response;
import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal works under its Content-Security-Policy in a real browser, with no violation reported, and sends the
 * framing and referrer headers; forged forwarding headers from a client that is not a configured proxy change
 * neither the audited client address nor the address the login throttle counts (issue 13, finding 9).
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class SecurityHeadersBrowserTests extends BrowserTest {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_consultants_journey_runs_under_the_content_security_policy_without_a_violation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.text());
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));

        Response loginPage = open("login");
        Map<String, String> headers = loginPage.allHeaders();
        assertThat(headers).containsEntry("content-security-policy", POLICY)
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "same-origin")
                .containsEntry("x-content-type-options", "nosniff")
                .doesNotContainKey("strict-transport-security"); // plain http here; HSTS goes with https only

        typeLogin("consulent.hengelo", DEMO_PASSWORD);
        page.locator("#logout").waitFor();
        for (String path : List.of("gemeente/hengelo", "gemeente/hengelo/werkvoorraad", "gemeente/hengelo/pool",
                "gemeente/hengelo/instrumenten", "gemeente/hengelo/dossiers/nieuw")) {
            Response response = open(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.allHeaders()).as(path).containsEntry("content-security-policy", POLICY);
        }
        open("instrumenten/hengelo");
        assertThat(page.locator("body")).not().isEmpty();

        assertThat(violations).isEmpty();
    }

    @Test
    void forged_forwarding_headers_change_neither_the_audited_address_nor_the_throttles() {
        context.setExtraHTTPHeaders(Map.of(
                "X-Forwarded-For", "203.0.113.66",
                "X-Real-IP", "203.0.113.66",
                "Forwarded", "for=203.0.113.66;host=evil.example;proto=https",
                "X-Forwarded-Host", "evil.example",
                "X-Forwarded-Proto", "https"));
        String name = "vervalst." + System.nanoTime();

        open("login");
        typeLogin(name, "fout-wachtwoord");

        assertThat(page).hasURL(url("login?error"));
        List<String> audited = new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                        "select coalesce(remote_address, '') from audit_event where action = 'LOGIN_FAILED' and actor = :u")
                .param("u", name).query(String.class).list());
        List<String> counted = new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                        "select remote_address from login_failure where username = :u")
                .param("u", name).query(String.class).list());
        assertThat(audited).singleElement().isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(counted).singleElement().asString().isNotBlank().doesNotContain("203.0.113");
        // the forged https did not make the request secure: no HSTS, and the redirect stayed on this host over http
        assertThat(page.url()).startsWith("http://localhost:" + port + "/");
    }
}
