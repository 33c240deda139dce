package nl.werkbrug.pool.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.SavedSearch;
import nl.werkbrug.pool.SavedSearches;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * The user's saved searches, each with a badge for the profiles that became visible since the user last ran it
 * (counted again under today's consent); a name opens the search and runs it.
 */
@Route("gemeente/:tenant/pool/bewaard")
@RolesAllowed("CONSULTANT")
class SavedSearchesView extends PoolPage {

    private final SavedSearches saved;

    SavedSearchesView(SavedSearches saved, CurrentTenant currentTenant) {
        super(currentTenant, "pool.saved.title");
        this.saved = saved;
    }

    @Override
    void build(BeforeEnterEvent event, PoolPaths paths) {
        UnorderedList list = new UnorderedList();
        list.setId("pool-saved");
        Paragraph empty = new Paragraph(getTranslation("pool.saved.empty"));
        empty.setId("pool-saved-empty");
        add(new Anchor(paths.search(), getTranslation("pool.saved.to-search")), empty, list);
        show(paths, list, empty);
    }

    private void show(PoolPaths paths, UnorderedList list, Paragraph empty) {
        Formats formats = Formats.of(getLocale());
        List<SavedSearch> searches = saved.mine();
        list.removeAll();
        empty.setVisible(searches.isEmpty());
        for (SavedSearch search : searches) {
            Anchor open = new Anchor(paths.search(search.id()), search.name());
            Span seen = new Span(getTranslation("pool.saved.seen", formats.dateTime(search.lastSeenAt())));
            ListItem item = new ListItem(open, seen);
            if (search.newMatches() > 0) {
                Span badge = new Span(getTranslation("pool.saved.new", search.newMatches()));
                badge.getElement().getThemeList().add("badge success");
                badge.addClassName("pool-new");
                item.add(badge);
            }
            Button delete = new Button(getTranslation("pool.saved.delete"), click -> {
                saved.delete(search.id());
                show(paths, list, empty);
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel(getTranslation("pool.saved.delete-named", search.name()));
            item.add(delete);
            list.add(item);
        }
    }

    /** The same list in the employer's area. */
    @Route("werkgever/pool/bewaard")
    @RolesAllowed("EMPLOYER")
    static class ForEmployers extends SavedSearchesView {

        ForEmployers(SavedSearches saved, CurrentTenant currentTenant) {
            super(saved, currentTenant);
        }
    }
}
