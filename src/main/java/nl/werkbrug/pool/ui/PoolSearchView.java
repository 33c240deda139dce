package nl.werkbrug.pool.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.pool.SavedSearches;
import nl.werkbrug.tenancy.CurrentTenant;

/** The pool search of a municipality's consultant: every municipality's profiles with consent for consultants. */
@Route("gemeente/:tenant/pool")
@RolesAllowed("CONSULTANT")
@StyleSheet("styles/pool.css")
class PoolSearchView extends PoolPage {

    private final PoolSearch search;
    private final SavedSearches saved;
    private final Occupations occupations;

    PoolSearchView(PoolSearch search, SavedSearches saved, Occupations occupations, CurrentTenant currentTenant) {
        super(currentTenant, "pool.title");
        this.search = search;
        this.saved = saved;
        this.occupations = occupations;
    }

    @Override
    void build(BeforeEnterEvent event, PoolPaths paths) {
        PoolSearchPanel panel = new PoolSearchPanel(search, saved, occupations, paths);
        add(panel);
        List<String> savedSearch = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("bewaard", List.of());
        savedSearch.stream().findFirst().flatMap(PoolSearchView::uuid).ifPresent(panel::open);
    }

    static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The same search in the employer's area: only profiles with employer consent that are confirmed. */
    @Route("werkgever/pool")
    @RolesAllowed("EMPLOYER")
    @StyleSheet("styles/pool.css")
    static class ForEmployers extends PoolSearchView {

        ForEmployers(PoolSearch search, SavedSearches saved, Occupations occupations, CurrentTenant currentTenant) {
            super(search, saved, occupations, currentTenant);
        }
    }
}
