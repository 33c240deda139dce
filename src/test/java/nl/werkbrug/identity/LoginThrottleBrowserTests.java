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
        assertThat(page.getByText("Er is te vaak een verkeerd wachtwoord ingevuld")).isVisible();
        assertThat(page.locator("#vaadinLoginUsername input")).hasValue("throttle.test");
        assertAccessible();
    }
}
