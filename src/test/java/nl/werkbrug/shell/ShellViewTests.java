package nl.werkbrug.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Where the shell's route guard and error pages lead, without a browser. */
class ShellViewTests extends BrowserlessViewTest {

    @Test
    void an_unknown_municipality_shows_the_not_found_page() {
        login(TestUsers.consultant("consulent.hengelo", "hengelo"));

        navigate("gemeente/atlantis/werkvoorraad", Component.class);

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("error-not-found");
        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void a_municipality_the_consultant_does_not_work_for_shows_the_forbidden_page() {
        login(TestUsers.consultant("consulent.enschede", "enschede"));

        navigate("gemeente/hengelo/werkvoorraad", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Geen toegang");
    }
}
