package nl.werkbrug.pool.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.pool.Introductions;

/**
 * Test code only: mounts the introduction panel for a profile until the pool's profile page embeds it, so the
 * browser test can drive it.
 */
@Route("test/kennismaking/:profile")
@RolesAllowed({"EMPLOYER", "CONSULTANT"})
class IntroductionPanelTestView extends Main implements BeforeEnterObserver {

    private final Introductions introductions;
    private final Vacancies vacancies;
    private final CurrentUser currentUser;

    IntroductionPanelTestView(Introductions introductions, Vacancies vacancies, CurrentUser currentUser) {
        this.introductions = introductions;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UUID profile = UUID.fromString(event.getRouteParameters().get("profile").orElseThrow());
        add(new com.vaadin.flow.component.html.H1("Poolprofiel"),
                new IntroductionPanel(introductions, vacancies, currentUser, profile));
    }
}
