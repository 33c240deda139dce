package nl.werkbrug.pool.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.werkbrug.pool.PoolHit;
import nl.werkbrug.pool.PoolProfile;
import nl.werkbrug.pool.PoolResults;

/** One page of hits: each profile's pseudonym (a link to its page), its facts and why it matched; paging below. */
class PoolHitList extends Composite<Div> {

    static final int PAGE = 20;

    private final PoolPaths paths;
    private final IntConsumer page;
    private final Paragraph count = new Paragraph();
    private final UnorderedList hits = new UnorderedList();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int offset;

    /** @param page asked with the offset of the page to show */
    PoolHitList(PoolPaths paths, IntConsumer page) {
        this.paths = paths;
        this.page = page;
        count.setId("pool-count");
        count.getElement().setAttribute("role", "status");
        hits.setId("pool-hits");
        hits.addClassName("pool-hits");
        previous.setText(getTranslation("pool.page.previous"));
        previous.setId("pool-previous");
        previous.addClickListener(event -> this.page.accept(Math.max(0, offset - PAGE)));
        next.setText(getTranslation("pool.page.next"));
        next.setId("pool-next");
        next.addClickListener(event -> this.page.accept(offset + PAGE));
        getContent().add(count, hits, new HorizontalLayout(previous, next));
        show(new PoolResults(List.of(), 0, 0, false), false);
    }

    /** @param filtered whether the search had filters (the empty text differs) */
    void show(PoolResults results, boolean filtered) {
        offset = results.offset();
        hits.removeAll();
        results.hits().forEach(hit -> hits.add(item(hit)));
        if (results.total() == 0) {
            count.setText(getTranslation(filtered ? "pool.empty.filtered" : "pool.empty"));
        } else {
            count.setText(getTranslation(results.more() ? "pool.count.more" : "pool.count", results.total(),
                    results.offset() + 1, results.offset() + results.hits().size()));
        }
        previous.setVisible(offset > 0);
        next.setVisible(results.more() ? results.hits().size() == PAGE : offset + results.hits().size() < results.total());
    }

    private ListItem item(PoolHit hit) {
        PoolProfile profile = hit.profile();
        Anchor link = new Anchor(paths.profile(profile.pseudonym()), profile.pseudonym());
        link.addClassName("pool-pseudonym");
        H2 title = new H2(link);
        title.addClassName("pool-hit-title");
        Paragraph facts = new Paragraph(PoolProfileFacts.summary(this, profile));
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("pool-reasons");
        reasons.getElement().setAttribute("aria-label", getTranslation("pool.reasons"));
        hit.reasons().forEach(reason -> reasons.add(new ListItem(
                getTranslation(reason.messageKey(), reason.args().toArray()))));
        Span score = new Span(getTranslation("pool.score", hit.score()));
        score.addClassName("pool-score");
        ListItem item = new ListItem(title, facts, reasons, score);
        item.addClassName("pool-hit");
        return item;
    }
}
