package nl.werkbrug.catalogue.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.werkbrug.catalogue.EmployerNeed;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.catalogue.PublishedInstrument;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The public catalogue for employers, without login: "what support can I get when I hire someone from municipality
 * X?", grouped by what an employer needs. {@code /instrumenten} shows the region's instrumentenkoffer,
 * {@code /instrumenten/<gemeente>} a municipality's full catalogue.
 */
@Route(value = "instrumenten/:gemeente?")
@AnonymousAllowed
@StyleSheet("styles/catalogue.css")
class PublicCatalogueView extends PublicCataloguePage {

    static final String PARAMETER = "gemeente";

    PublicCatalogueView(InstrumentCatalogue catalogue, TenantDirectory directory) {
        super(catalogue, directory);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String municipality = event.getRouteParameters().get(PARAMETER).orElse(null);
        removeAll();
        if (municipality == null || municipality.equals(directory.region().id())) {
            showRegion();
            return;
        }
        Tenant tenant = directory.find(municipality).orElse(null);
        List<PublishedInstrument> instruments = tenant == null ? null : catalogue.published(tenant.id()).orElse(null);
        if (tenant == null || instruments == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = texts.t("catalogue.public.tenant-title", tenant.shortName());
        H1 heading = new H1(title);
        heading.setId("catalogue-title");
        add(heading, new Paragraph(texts.t("catalogue.public.tenant-intro", tenant.shortName())));
        if (instruments.stream().anyMatch(PublishedInstrument::amountHidden)) {
            Paragraph hidden = new Paragraph(texts.t("catalogue.public.amounts-hidden", tenant.shortName()));
            hidden.setId("amounts-hidden-notice");
            hidden.addClassName("catalogue-notice");
            add(hidden);
        }
        add(chooser(tenant.id()));
        groups(instruments, tenant.id());
    }

    private void showRegion() {
        title = texts.t("catalogue.public.region-title", directory.region().name());
        H1 heading = new H1(title);
        heading.setId("catalogue-title");
        add(heading, new Paragraph(texts.t("catalogue.public.region-intro", directory.tenants().size())));
        add(chooser(null));
        groups(catalogue.publishedForRegion(), directory.region().id());
    }

    /** Links to the region and to every municipality; the current one is marked for screen readers too. */
    private Nav chooser(@Nullable String current) {
        Nav nav = new Nav();
        nav.setId("municipality-chooser");
        nav.addClassName("catalogue-chooser");
        nav.getElement().setAttribute("aria-label", texts.t("catalogue.public.choose"));
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(link(CatalogueRoutes.PUBLIC, texts.t("catalogue.public.region-link", directory.region().name()), current == null)));
        for (Tenant tenant : directory.tenants()) {
            list.add(new ListItem(link(CatalogueRoutes.catalogue(tenant.id()), tenant.shortName(), tenant.id().equals(current))));
        }
        nav.add(new Span(texts.t("catalogue.public.choose")), list);
        return nav;
    }

    private static Anchor link(String href, String text, boolean current) {
        Anchor anchor = new Anchor(href, text);
        if (current) {
            anchor.getElement().setAttribute("aria-current", "page");
        }
        return anchor;
    }

    private void groups(List<PublishedInstrument> instruments, String scope) {
        Map<EmployerNeed, List<PublishedInstrument>> byNeed = new EnumMap<>(EmployerNeed.class);
        for (EmployerNeed need : EmployerNeed.values()) {
            byNeed.put(need, instruments.stream().filter(i -> i.employerNeed() == need).toList());
        }
        byNeed.forEach((need, list) -> {
            if (list.isEmpty()) {
                return;
            }
            Section section = new Section();
            section.setId("need-" + need.slug());
            section.addClassName("catalogue-group");
            section.add(new H2(texts.t(need.labelKey())), new Paragraph(texts.t("catalogue.public.need-intro." + need.slug())));
            UnorderedList cards = new UnorderedList();
            cards.addClassName("catalogue-cards");
            list.forEach(instrument -> cards.add(new ListItem(card(instrument, scope))));
            section.add(cards);
            add(section);
        });
        List<PublishedInstrument> others = instruments.stream().filter(i -> i.employerNeed() == null).toList();
        if (!others.isEmpty()) {
            UnorderedList names = new UnorderedList();
            others.forEach(instrument -> names.add(new ListItem(new Anchor(detail(instrument, scope), instrument.name()))));
            NativeDetails details = new NativeDetails(texts.t("catalogue.public.others", others.size()), names);
            details.setId("other-instruments");
            details.addClassName("catalogue-others");
            add(details);
        }
        if (instruments.isEmpty()) {
            add(new Paragraph(texts.t("catalogue.public.empty")));
        }
    }

    private Article card(PublishedInstrument instrument, String scope) {
        Article card = new Article();
        card.setId("instrument-" + instrument.code());
        card.addClassName("catalogue-card");
        H3 name = new H3(new Anchor(detail(instrument, scope), instrument.name()));
        Span origin = new Span(texts.t(instrument.regional() ? "catalogue.public.regional" : "catalogue.public.local"));
        origin.addClassName("catalogue-badge");
        Div facts = new Div();
        facts.addClassName("catalogue-card-facts");
        // Only what the sources state: an unknown amount or duration is left out, not listed as unknown.
        if (instrument.amountHidden() || instrument.amount() != null
                && instrument.amount().kind() != nl.werkbrug.catalogue.AmountKind.NIET_VERMELD) {
            facts.add(fact("catalogue.field.amount", texts.amountShort(instrument.amount(), instrument.amountHidden()), "amount"));
        }
        if (instrument.maxDuration() != null) {
            facts.add(fact("catalogue.field.maxDuration", texts.duration(instrument.maxDuration()), "duration"));
        }
        card.add(name, origin, new Paragraph(instrument.shortDescription()), facts);
        return card;
    }

    private Paragraph fact(String labelKey, String value, String kind) {
        Span label = new Span(texts.t(labelKey) + ": ");
        label.addClassName("catalogue-fact-label");
        Span text = new Span(value);
        text.addClassName("catalogue-" + kind);
        return new Paragraph(label, text);
    }

    static String detail(PublishedInstrument instrument, String scope) {
        return CatalogueRoutes.instrument(scope, instrument.code());
    }
}
