package nl.werkbrug.catalogue.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.catalogue.SourceRef;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.shared.ui.Facts;

/**
 * One instrument at a stable URL: {@code /instrumenten/<gemeente>/<code>} (the municipality's values) or
 * {@code /instrumenten/<regio>/<code>} (the region's values).
 */
@Route(value = "instrumenten/:gemeente/:code", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet("styles/catalogue.css")
class PublicInstrumentView extends PublicCataloguePage {

    PublicInstrumentView(InstrumentCatalogue catalogue, TenantDirectory directory) {
        super(catalogue, directory);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String scope = event.getRouteParameters().get(PublicCatalogueView.PARAMETER).orElse("");
        String code = event.getRouteParameters().get("code").orElse("");
        boolean region = scope.equals(directory.region().id());
        Optional<PublishedInstrument> found = region ? catalogue.publishedForRegion(code)
                : directory.find(scope).isPresent() ? catalogue.published(scope, code) : Optional.empty();
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PublishedInstrument instrument = found.get();
        String where = region ? texts.t("catalogue.public.region-link", directory.region().name())
                : directory.require(scope).name();
        title = instrument.name() + " - " + where;
        removeAll();

        H1 heading = new H1(instrument.name());
        heading.setId("instrument-name");
        Paragraph context = new Paragraph(where + " · " + texts.t(instrument.regional()
                ? "catalogue.public.regional-long" : "catalogue.public.local-long", directory.region().name()));
        context.addClassName("catalogue-context");
        Paragraph lead = new Paragraph(instrument.shortDescription());
        lead.addClassName("catalogue-lead");
        add(breadcrumb(scope, where), heading, context, lead, new Paragraph(instrument.description()));

        DescriptionList facts = new DescriptionList();
        facts.setId("instrument-facts");
        facts.addClassName("catalogue-facts");
        Facts.term(this, facts, "catalogue.fact.for-whom", instrument.targetGroupText() != null ? instrument.targetGroupText()
                : texts.labels(instrument.targetGroups()));
        Facts.term(this, facts, "catalogue.field.amount", texts.amount(instrument.amount(), instrument.amountHidden()), "fact-amount");
        if (!instrument.amountHidden() && instrument.amount() != null && instrument.amount().note() != null) {
            Facts.term(this, facts, "catalogue.fact.amount-note", instrument.amount().note());
        }
        Facts.term(this, facts, "catalogue.field.maxDuration", texts.duration(instrument.maxDuration()), "fact-duration");
        Facts.term(this, facts, "catalogue.field.conditions", texts.conditionsText(instrument.conditions()), "fact-conditions");
        Facts.term(this, facts, "catalogue.fact.applies-by", texts.labels(instrument.appliesBy()));
        Facts.term(this, facts, "catalogue.field.decidedBy", texts.orNotStated(instrument.decidedBy()));
        Facts.term(this, facts, "catalogue.field.provider", texts.orNotStated(instrument.provider()));
        Facts.term(this, facts, "catalogue.field.requestDeadline", texts.orNotStated(instrument.requestDeadline()));
        Facts.term(this, facts, "catalogue.field.decisionTerm", texts.orNotStated(instrument.decisionTerm()));
        Facts.term(this, facts, "catalogue.field.requiredDocuments", instrument.requiredDocuments().isEmpty() ? texts.notStated()
                : String.join("; ", instrument.requiredDocuments()));
        Facts.term(this, facts, "catalogue.field.capacity", texts.orNotStated(instrument.capacity()));
        Facts.term(this, facts, "catalogue.fact.goal", instrument.goals().isEmpty() ? texts.notStated() : texts.labels(instrument.goals()));
        Facts.term(this, facts, "catalogue.fact.source", texts.label(instrument.source()));
        Facts.term(this, facts, "catalogue.field.funding", texts.label(instrument.funding()));
        Facts.term(this, facts, "catalogue.fact.valid", instrument.validTo() == null
                ? texts.t("catalogue.fact.valid-from", texts.date(instrument.validFrom()))
                : texts.t("catalogue.fact.valid-between", texts.date(instrument.validFrom()), texts.date(instrument.validTo())));
        Facts.term(this, facts, "catalogue.fact.version", texts.t("catalogue.fact.version-text", instrument.version().versionId(),
                texts.date(instrument.versionStart())));
        add(new H2(texts.t("catalogue.fact.heading")), facts);

        Anchor compare = new Anchor(CatalogueRoutes.comparison(instrument.code()), texts.t("catalogue.public.compare-link"));
        compare.setId("compare-link");
        add(new Paragraph(compare));
        add(new H2(texts.t("catalogue.fact.sources")), sources(instrument.sources()));
    }

    private Nav breadcrumb(String scope, String where) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", texts.t("catalogue.public.breadcrumb"));
        nav.addClassName("catalogue-breadcrumb");
        nav.add(new Anchor(CatalogueRoutes.catalogue(scope), texts.t("catalogue.public.back", where)));
        return nav;
    }

    private UnorderedList sources(List<SourceRef> sources) {
        UnorderedList list = new UnorderedList();
        list.addClassName("catalogue-sources");
        for (SourceRef source : sources) {
            ListItem item = new ListItem(new Span(source.file() + (source.section() == null ? "" : " (" + source.section() + ")")));
            if (source.quote() != null) {
                Paragraph quote = new Paragraph("“" + source.quote() + "”");
                quote.addClassName("catalogue-quote");
                item.add(quote);
            }
            list.add(item);
        }
        return list;
    }
}
