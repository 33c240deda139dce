package nl.werkbrug.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import nl.werkbrug.support.BrowserlessViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The login form says why the last attempt failed: a wrong password, the throttle, or a check that cannot be done now. */
class LoginFailureMessageTests extends BrowserlessViewTest {

    @Test
    void a_wrong_password_says_name_or_password_is_wrong() {
        assertThat(messageAfter(new BadCredentialsException("bad"))).contains("Inloggen mislukt")
                .contains("De gebruikersnaam of het wachtwoord klopt niet.");
    }

    @Test
    void the_throttle_says_temporarily_blocked() {
        assertThat(messageAfter(new LockedException("throttled"))).contains("Tijdelijk geblokkeerd");
    }

    @Test
    void a_password_check_that_could_not_get_its_turn_says_try_again_in_a_minute() {
        assertThat(messageAfter(new AuthenticationServiceException("busy"))).contains("Inloggen lukt nu niet")
                .contains("Probeer het over een minuut opnieuw.").doesNotContain("Inloggen mislukt");
    }

    private String messageAfter(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
