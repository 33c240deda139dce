package nl.werkbrug.pool.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.PoolProfile;
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

    PoolProfileView(PoolSearch search, CurrentTenant currentTenant) {
        super(currentTenant, "pool.profile.title");
        this.search = search;
    }

    @Override
    void build(BeforeEnterEvent event, PoolPaths paths) {
        add(new Anchor(paths.search(), getTranslation("pool.profile.back")));
        String pseudonym = event.getRouteParameters().get("pseudonym").orElse("");
        Optional<PoolProfile> profile;
        try {
            profile = search.profile(pseudonym);
        } catch (PoolQuotaExceededException e) {
            add(message(getTranslation(e.messageKey())));
            return;
        }
        if (profile.isEmpty()) {
            add(message(getTranslation("pool.profile.not-found")));
            return;
        }
        H2 heading = new H2(profile.get().pseudonym());
        heading.setId("pool-profile-pseudonym");
        add(heading, PoolProfileFacts.list(this, profile.get(), Formats.of(getLocale())));
        // ===== INTRODUCTION PANEL: the lead adds here
        //   introduction.add(new IntroductionPanel(..., profile.get().profileId()));
        // (issue 15 part 4, built by another helper; this view builds no introductions itself) =====
        Div introduction = new Div();
        introduction.setId("pool-introduction");
        add(introduction);
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

        ForEmployers(PoolSearch search, CurrentTenant currentTenant) {
            super(search, currentTenant);
        }
    }
}
