package nl.werkbrug.shell.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.catalogue.SourceRef;
import nl.werkbrug.shared.ui.Facts;
import nl.werkbrug.tenancy.ServicePoint;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The werkgeversservicepunt per municipality on the front door: on a municipality's host name the one point that
 * serves it, else every point of the region with the municipalities it serves. Each with its contact details, where
 * a detail nobody has filled in yet reads "nog niet ingevuld", and the source that names the point.
 */
class ServicePoints extends Composite<Section> {

    ServicePoints(TenantDirectory directory, Bibliography bibliography, Optional<Tenant> hostTenant) {
        Section section = getContent();
        section.setId("service-points");
        section.add(new H2(getTranslation("frontdoor.servicepoint.title")));
        List<ServicePoint> shown = hostTenant.map(tenant -> directory.servicePointFor(tenant.id()).stream().toList())
                .orElse(directory.servicePoints());
        if (shown.isEmpty()) {
            section.add(new Paragraph(getTranslation("frontdoor.servicepoint.none")));
            return;
        }
        section.add(new Paragraph(getTranslation("frontdoor.servicepoint.intro")));
        shown.forEach(point -> section.add(point(point, directory, bibliography)));
    }

    private Div point(ServicePoint point, TenantDirectory directory, Bibliography bibliography) {
        Div card = new Div(new H3(point.name()));
        card.setId("service-point-" + point.key());
        card.addClassName("frontdoor-service-point");
        boolean alone = directory.servicePoints().size() == 1;
        String serves = point.regionWide()
                ? getTranslation(alone ? "frontdoor.servicepoint.serves-all" : "frontdoor.servicepoint.serves-rest",
                        directory.region().name())
                : String.join(", ", point.municipalities().stream()
                        .map(id -> directory.find(id).map(Tenant::shortName).orElse(id)).sorted().toList());
        DescriptionList contact = new DescriptionList();
        Facts.term(this, contact, "frontdoor.servicepoint.serves", serves);
        Facts.term(this, contact, "frontdoor.servicepoint.phone", orMissing(point.phone()));
        Facts.term(this, contact, "frontdoor.servicepoint.email", orMissing(point.email()));
        Facts.term(this, contact, "frontdoor.servicepoint.address", orMissing(point.address()));
        Facts.term(this, contact, "frontdoor.servicepoint.website", orMissing(point.website()));
        String source = bibliography.publish(new SourceRef(point.sourceRef(), point.sourceSection(), null), false).reference();
        card.add(contact, new Paragraph(getTranslation("frontdoor.servicepoint.source", source)));
        return card;
    }

    private String orMissing(@Nullable String value) {
        return value == null ? getTranslation("frontdoor.servicepoint.missing") : value;
    }
}
