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
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.FundingLine;
import nl.werkbrug.catalogue.PublishedSource;
import nl.werkbrug.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import nl.werkbrug.tenancy.TenantDirectory;
import nl.werkbrug.shared.ui.Facts;

/**
 * One instrument at a stable URL: {@code /instrumenten/<gemeente>/<code>} (the municipality's values) or
 * {@code /instrumenten/<regio>/<code>} (the region's values).
 */
@Route(value = "instrumenten/:gemeente/:code")
@AnonymousAllowed
@StyleSheet("styles/catalogue.css")
class PublicInstrumentView extends PublicCataloguePage {

    private final CurrentUser currentUser;
    private boolean staff;

    PublicInstrumentView(InstrumentCatalogue catalogue, TenantDirectory directory, CurrentUser currentUser) {
        super(catalogue, directory);
        this.currentUser = currentUser;
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
        staff = currentUser.get().map(user -> !user.tenants().isEmpty() || !user.regionRoles().isEmpty()).orElse(false);
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
        // Employers read what is known; staff also see what the sources leave open ("Niet vermeld in bron").
        Facts.term(this, facts, "catalogue.fact.for-whom", instrument.targetGroupText() != null ? instrument.targetGroupText()
                : texts.labels(instrument.targetGroups()));
        boolean amountKnown = instrument.amountHidden() || instrument.amount() != null && instrument.amount().kind() != AmountKind.NIET_VERMELD;
        fact(facts, "catalogue.field.amount", amountKnown ? texts.amount(instrument.amount(), instrument.amountHidden()) : null, "fact-amount");
        if (!instrument.amountHidden() && instrument.amount() != null && instrument.amount().note() != null
                && (amountKnown || staff)) {
            Facts.term(this, facts, "catalogue.fact.amount-note", instrument.amount().note());
        }
        fact(facts, "catalogue.field.maxDuration", instrument.maxDuration() == null ? null : texts.duration(instrument.maxDuration()), "fact-duration");
        fact(facts, "catalogue.field.conditions", texts.conditions(instrument.conditions()).isEmpty() ? null
                : texts.conditionsText(instrument.conditions()), "fact-conditions");
        Facts.term(this, facts, "catalogue.fact.applies-by", texts.labels(instrument.appliesBy()));
        if (instrument.applyElsewhere() != null) {
            Facts.term(this, facts, "catalogue.fact.apply-elsewhere", CatalogueTexts.applyElsewhere(texts::t, instrument.applyElsewhere()), "fact-apply-elsewhere");
        }
        if (instrument.flatRateStart() != null) {
            Facts.term(this, facts, "catalogue.fact.flat-rate-start", texts.flatRateStart(instrument.flatRateStart()), "fact-flat-rate-start");
        }
        fact(facts, "catalogue.field.decidedBy", instrument.decidedBy(), "fact-decided-by");
        fact(facts, "catalogue.field.provider", instrument.provider(), "fact-provider");
        fact(facts, "catalogue.field.requestDeadline", instrument.requestDeadline(), "fact-request-deadline");
        fact(facts, "catalogue.field.decisionTerm", instrument.decisionTerm(), "fact-decision-term");
        fact(facts, "catalogue.field.requiredDocuments", instrument.requiredDocuments().isEmpty() ? null
                : String.join("; ", instrument.requiredDocuments()), "fact-required-documents");
        fact(facts, "catalogue.field.capacity", instrument.capacity(), "fact-capacity");
        fact(facts, "catalogue.fact.goal", instrument.goals().isEmpty() ? null : texts.labels(instrument.goals()), "fact-goal");
        Facts.term(this, facts, "catalogue.fact.source", texts.label(instrument.source()));
        fact(facts, "catalogue.field.funding", instrument.funding() == FundingLine.NIET_VERMELD ? null
                : texts.label(instrument.funding()), "fact-funding");
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

    /** A fact the sources state; one they leave open only for staff, as "Niet vermeld in bron". */
    private void fact(DescriptionList facts, String labelKey, @Nullable String value, String id) {
        if (value != null && !value.isBlank()) {
            Facts.term(this, facts, labelKey, value, id);
        } else if (staff) {
            Facts.term(this, facts, labelKey, texts.notStated(), id);
        }
    }

    /** Bibliographic references; the quoted passages for staff. */
    private UnorderedList sources(List<PublishedSource> sources) {
        UnorderedList list = new UnorderedList();
        list.addClassName("catalogue-sources");
        for (PublishedSource source : sources) {
            ListItem item = new ListItem(new Span(source.reference()));
            if (staff && source.quote() != null) {
                Paragraph quote = new Paragraph("“" + source.quote() + "”");
                quote.addClassName("catalogue-quote");
                item.add(quote);
            }
            list.add(item);
        }
        return list;
    }
}
