package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import nl.werkbrug.support.BrowserTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions end in the browser too (security review finding 7): after half an hour without activity the next page
 * is the login page, though Vaadin's heartbeat kept the tab's session alive. Moves the portal's clock, so this class
 * runs alone.
 */
class SessionLifetimeBrowserTests extends BrowserTest {

    @Autowired
    MutableClock clock;

    @Test
    void after_thirty_one_idle_minutes_the_next_page_asks_to_log_in_again() {
        loginAndOpen("consulent.hengelo", "gemeente/hengelo/werkvoorraad");
        assertThat(heading()).hasText("Werkvoorraad Hengelo");

        clock.advance(Duration.ofMinutes(29));
        open("gemeente/hengelo/werkvoorraad");
        assertThat(heading()).hasText("Werkvoorraad Hengelo");

        clock.advance(Duration.ofMinutes(31));
        open("gemeente/hengelo/werkvoorraad");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#logout")).hasCount(0);
    }
}
