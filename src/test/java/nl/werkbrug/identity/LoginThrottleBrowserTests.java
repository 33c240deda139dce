package nl.werkbrug.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.Set;

import nl.werkbrug.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class LoginThrottleBrowserTests extends BrowserTest {

    /** The same words whether the account exists or not: nothing to learn about user names from the block. */
    static final String LOCKED = "Er is te vaak geprobeerd in te loggen met een verkeerd wachtwoord. Probeer het over een kwartier opnieuw.";

    @Autowired
    LocalAccounts accounts;

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        SystemTask.run(() -> accounts.ensureUser(new NewLocalUser("throttle.test", "juist-wachtwoord", "Test Throttle",
                null, Map.of("borne", Set.of(TenantRole.CONSULTANT)), Map.of(), null)));
        open("login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            typeLogin("throttle.test", "fout-" + attempt);
            assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet.")).isVisible();
        }

        typeLogin("throttle.test", "juist-wachtwoord");

        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Tijdelijk geblokkeerd")).isVisible();
        assertThat(page.getByText(LOCKED)).isVisible();
        assertThat(page.locator("#vaadinLoginUsername input")).hasValue("throttle.test");
        assertAccessible();
    }

    @Test
    void a_name_that_does_not_exist_gets_the_same_block_after_five_wrong_passwords() {
        String madeUp = "bestaat.niet." + System.nanoTime();
        open("login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            typeLogin(madeUp, "fout-" + attempt);
            assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet.")).isVisible();
        }

        typeLogin(madeUp, "fout-6");

        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Tijdelijk geblokkeerd")).isVisible();
        assertThat(page.getByText(LOCKED)).isVisible();
    }
}
