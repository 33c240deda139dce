package nl.werkbrug.pool.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.Introductions;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.PoolProfileAction;
import nl.werkbrug.pool.PoolQuotaExceededException;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * A pool profile's page, by its pseudonym (never a sequential id): the pseudonymous facts, or one message for a
 * profile that does not exist and one the user may no longer see (so a withdrawal leaks nothing). Opening it is
 * charged to the user's quota and audited for the owning municipality.
 */
@Route("gemeente/:tenant/pool/profiel/:pseudonym")
@RolesAllowed("CONSULTANT")
class PoolProfileView extends PoolPage {

    private final PoolSearch search;
    private final Introductions introductions;
    private final Vacancies vacancies;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final List<PoolProfileAction> actions;

    PoolProfileView(PoolSearch search, Introductions introductions, Vacancies vacancies, CurrentUser currentUser,
                    CurrentTenant currentTenant, List<PoolProfileAction> actions) {
        super(currentTenant, "pool.profile.title");
        this.search = search;
        this.introductions = introductions;
        this.vacancies = vacancies;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.actions = List.copyOf(actions);
    }

    @Override
    void build(BeforeEnterEvent event, PoolPaths paths) {
        add(new Anchor(paths.search(), getTranslation("pool.profile.back")));
        String pseudonym = event.getRouteParameters().get("pseudonym").orElse("");
        Optional<PoolProfile> profile;
        try {
            profile = search.profile(pseudonym);
        } catch (PoolQuotaExceededException e) {
            add(message(getTranslation(e.messageKey(), e.args())));
            return;
        }
        if (profile.isEmpty()) {
            add(message(getTranslation("pool.profile.not-found")));
            return;
        }
        H2 heading = new H2(profile.get().pseudonym());
        heading.setId("pool-profile-pseudonym");
        add(heading, PoolProfileFacts.list(this, profile.get(), Formats.of(getLocale())));
        Div introduction = new Div();
        introduction.setId("pool-introduction");
        if (profile.get().ownerTenant().equals(currentTenant.id().orElse(""))) {
            introduction.add(new Paragraph(getTranslation("pool.profile.own")), new Paragraph(new Anchor(
                    paths.profile(profile.get().pseudonym()) + "/vacatures", getTranslation("matching.link.vacancies"))));
        } else {
            introduction.add(new IntroductionPanel(introductions, vacancies, currentUser, profile.get().profileId()));
        }
        add(introduction);
        if (currentTenant.id().isPresent()) {
            actions.forEach(action -> action.forConsultant(profile.get()).ifPresent(this::add));
        }
    }

    private static Paragraph message(String text) {
        Paragraph message = new Paragraph(text);
        message.setId("pool-profile-message");
        message.getElement().setAttribute("role", "status");
        return message;
    }

    /** The same page in the employer's area. */
    @Route("werkgever/pool/profiel/:pseudonym")
    @RolesAllowed("EMPLOYER")
    static class ForEmployers extends PoolProfileView {

        ForEmployers(PoolSearch search, Introductions introductions, Vacancies vacancies, CurrentUser currentUser,
                     CurrentTenant currentTenant) {
            super(search, introductions, vacancies, currentUser, currentTenant, List.of());
        }
    }
}
