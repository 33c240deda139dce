package nl.werkbrug.pool.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.pool.PoolQuery;
import nl.werkbrug.pool.PoolQuotaExceededException;
import nl.werkbrug.pool.PoolResults;
import nl.werkbrug.pool.PoolSearch;
import nl.werkbrug.pool.SavedSearch;
import nl.werkbrug.pool.SavedSearchName;
import nl.werkbrug.pool.SavedSearches;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;

/**
 * The pool search for one audience: the filters, a search button, saving the search under a name, the notice of
 * new matches of saved searches, and the hits page by page. Nothing is searched before the user asks (every search
 * is charged to the quota); a saved search opened from its list runs at once.
 */
class PoolSearchPanel extends Composite<Div> {

    private final PoolSearch search;
    private final SavedSearches saved;
    private final PoolPaths paths;
    private final Paragraph message = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, message);
    private final PoolSearchFilters filters;
    private final PoolHitList hits;
    private final TextField name = new TextField();
    private final Anchor notice = new Anchor();
    private @org.jspecify.annotations.Nullable UUID running;

    PoolSearchPanel(PoolSearch search, SavedSearches saved, Occupations occupations, PoolPaths paths) {
        this.search = search;
        this.saved = saved;
        this.paths = paths;
        filters = new PoolSearchFilters(occupations, problems);
        hits = new PoolHitList(paths, this::page);
        message.setId("pool-message");
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        Button go = new Button(getTranslation("pool.search"), event -> {
            running = null;
            page(0);
        });
        go.setId("pool-search");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.setId("pool-saved-name");
        name.setLabel(getTranslation("pool.saved.name"));
        problems.add("name", name);
        Button save = new Button(getTranslation("pool.saved.save"), event -> save());
        save.setId("pool-save");
        HorizontalLayout actions = new HorizontalLayout(go, name, save);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        notice.setId("pool-saved-notice");
        notice.setHref(paths.saved());
        getContent().add(notice, filters, actions, message, hits);
        showNotice();
    }

    /** Opens a saved search: its filters in the fields, its hits at once (marked as seen). */
    void open(UUID savedSearch) {
        Optional<SavedSearch> found = saved.find(savedSearch);
        if (found.isEmpty()) {
            message.setText(getTranslation("pool.error.saved-not-found"));
            return;
        }
        filters.show(found.get().query());
        running = savedSearch;
        page(0);
    }

    private void page(int offset) {
        PoolQuery query = filters.query();
        try {
            PoolResults results = running != null ? saved.run(running, offset, PoolHitList.PAGE)
                    : search.search(query, offset, PoolHitList.PAGE);
            problems.show(List.of(), "pool.error.invalid");
            hits.show(results, !query.equals(PoolQuery.ALL));
            showNotice();
        } catch (InvalidInputException e) {
            problems.show(e.problems(), "pool.error.invalid");
        } catch (PoolQuotaExceededException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void save() {
        try {
            saved.save(new SavedSearchName(name.getValue()), filters.query());
            name.clear();
            problems.show(List.of(), "pool.error.invalid");
            message.setText(getTranslation("pool.saved.done"));
        } catch (InvalidInputException e) {
            problems.show(e.problems(), "pool.error.invalid");
        }
    }

    private void showNotice() {
        int fresh = saved.mine().stream().mapToInt(SavedSearch::newMatches).sum();
        notice.setText(fresh == 0 ? "" : getTranslation("pool.saved.notice", fresh));
        notice.setVisible(fresh > 0);
    }
}
