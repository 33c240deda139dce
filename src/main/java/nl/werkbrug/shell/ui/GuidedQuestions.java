package nl.werkbrug.shell.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.werkbrug.catalogue.Applicability;
import nl.werkbrug.catalogue.InstrumentApplicability;
import nl.werkbrug.catalogue.PersonFacts;
import nl.werkbrug.catalogue.ui.ApplicabilityBox;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * "Welke ondersteuning past bij mijn nieuwe medewerker?": three questions (where the person lives, their situation,
 * the hours of the job) answered by the catalogue's applicability check of that municipality: first what applies,
 * then what cannot be judged yet, each with its reasons, and a way to request it. Nothing typed is stored; the answers
 * travel on to registration and the request form in the link.
 */
class GuidedQuestions extends Composite<Section> {

    private final InstrumentApplicability applicability;
    private final Clock clock;
    private final Select<Tenant> municipality = new Select<>();
    private final Select<Situation> situation = new Select<>();
    private final IntegerField hours = new IntegerField();
    private final Div results = new Div();

    GuidedQuestions(InstrumentApplicability applicability, TenantDirectory directory, Clock clock) {
        this.applicability = applicability;
        this.clock = clock;
        municipality.setId("guide-municipality");
        municipality.setLabel(getTranslation("frontdoor.guide.municipality"));
        municipality.setItems(directory.tenants());
        municipality.setItemLabelGenerator(Tenant::shortName);
        situation.setId("guide-situation");
        situation.setLabel(getTranslation("frontdoor.guide.situation"));
        situation.setItems(Situation.values());
        situation.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        hours.setId("guide-hours");
        hours.setLabel(getTranslation("frontdoor.guide.hours"));
        hours.setHelperText(getTranslation("frontdoor.guide.hours.help"));
        hours.setMin(1);
        hours.setMax(60);
        Button show = new Button(getTranslation("frontdoor.guide.show"), click -> show());
        show.setId("guide-show");
        show.addThemeVariants(ButtonVariant.PRIMARY);
        results.setId("guide-results");
        results.getElement().setAttribute("aria-live", "polite");
        FormLayout questions = new FormLayout(municipality, situation, hours);
        questions.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        getContent().setId("guide");
        getContent().add(new H2(getTranslation("frontdoor.guide.title")),
                new Paragraph(getTranslation("frontdoor.guide.intro")), questions, show, results);
    }

    private void show() {
        results.removeAll();
        Tenant tenant = municipality.getValue();
        if (tenant == null) {
            municipality.setErrorMessage(getTranslation("frontdoor.guide.municipality.required"));
            municipality.setInvalid(true);
            municipality.focus();
            return;
        }
        municipality.setInvalid(false);
        PersonFacts facts = (situation.getValue() == null ? Situation.ONBEKEND : situation.getValue())
                .facts(LocalDate.now(clock)).withContract(hours.getValue(), null);
        List<Applicability> judged = applicability.forResident(tenant.id(), facts);
        List<Applicability> fitting = judged.stream()
                .filter(result -> result.outcome() != Applicability.Outcome.DOES_NOT_APPLY).toList();
        results.add(new Paragraph(getTranslation("frontdoor.guide.found", fitting.size(), tenant.shortName(),
                judged.size() - fitting.size())));
        for (Applicability result : fitting) {
            ApplicabilityBox box = new ApplicabilityBox("frontdoor.guide.applicability", "guide-" + result.code());
            box.show(result);
            Anchor request = new Anchor("werkgever/registreren?gemeente=" + tenant.id() + "&regeling=" + result.code()
                    + (hours.getValue() == null ? "" : "&uren=" + hours.getValue()),
                    getTranslation("frontdoor.guide.request", result.name()));
            request.setId("request-" + result.code());
            Anchor more = new Anchor("instrumenten/" + tenant.id() + "/" + result.code(),
                    getTranslation("frontdoor.guide.more", result.name()));
            // an instrument applied for elsewhere (UWV, Belastingdienst) is not requested here: the box says where
            Div item = result.applyElsewhere() == null ? new Div(new H3(result.name()), box, new Paragraph(request), new Paragraph(more))
                    : new Div(new H3(result.name()), box, new Paragraph(more));
            item.addClassName("frontdoor-instrument");
            results.add(item);
        }
    }
}
