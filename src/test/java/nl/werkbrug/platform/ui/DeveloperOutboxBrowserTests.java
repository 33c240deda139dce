package nl.werkbrug.platform.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Under the default configuration (the test profile is the embedded default: outbox on, no {@code dev} profile) the
 * developer outbox page does not exist, though the outbox holds invitation links: an anonymous browser is sent to the
 * login page, and even a signed-in administrator finds nothing there.
 */
@Execution(ExecutionMode.CONCURRENT)
class DeveloperOutboxBrowserTests extends BrowserTest {

    @Test
    void an_anonymous_browser_gets_the_login_page_and_no_mail_at_the_outbox_address() {
        open("ontwikkelaar/postvak");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#outbox")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Postvak");
        assertThat(page.locator("body")).not().containsText("uitnodiging/");
    }

    @Test
    void a_signed_in_tenant_admin_finds_no_outbox_page_under_the_default_configuration() {
        loginAndOpen("beheer.hengelo", "ontwikkelaar/postvak");

        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(page.locator("#outbox")).hasCount(0);
    }
}
