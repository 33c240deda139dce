package nl.werkbrug.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A successful login closes the login page's UI (issue 13, load test): a signed-in session keeps one UI, not two.
 */
class LoginPageReleaseTests extends BrowserlessViewTest {

    @Test
    void a_login_closes_the_ui_that_shows_the_login_page() {
        navigate("login", LoginView.class);

        assertThat(LoginPageRelease.closeLoginPages(VaadinSession.getCurrent())).isEqualTo(1);
        assertThat(UI.getCurrent().isClosing()).isTrue();
    }

    @Test
    void a_login_leaves_a_ui_that_shows_another_page_open() {
        login(TestUsers.consultant("consulent.hengelo", "hengelo"));
        navigate("gemeente/hengelo/werkvoorraad", Component.class);

        assertThat(LoginPageRelease.closeLoginPages(VaadinSession.getCurrent())).isZero();
        assertThat(UI.getCurrent().isClosing()).isFalse();
    }
}
