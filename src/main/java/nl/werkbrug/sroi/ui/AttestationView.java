package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.pool.ConsentBasis;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.SroiContracts;
import nl.werkbrug.sroi.SroiContracts.Attestation;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * The municipality of residence attests the target group of its residents placed under an SROI contract: "counts
 * for block X from date Y" or not, with how the candidate consented. The contractor learns only the yes or no.
 */
@Route("gemeente/:tenant/sroi/doelgroep")
@RolesAllowed({"SROI_OFFICER", "CONSULTANT"})
class AttestationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SroiContracts contracts;
    private final TenantDirectory directory;
    private final Paragraph status = StatusText.of("sroi-attestation-status");

    AttestationView(SroiContracts contracts, TenantDirectory directory) {
        this.contracts = contracts;
        this.directory = directory;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("sroi.attestation.title")), new Paragraph(getTranslation("sroi.attestation.intro")),
                status);
        List<Attestation> awaiting = contracts.awaitingAttestation();
        Div list = new Div();
        list.setId("sroi-attestations");
        if (awaiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("sroi.attestation.none")));
        }
        awaiting.forEach(attestation -> list.add(item(attestation)));
        add(list);
    }

    private Component item(Attestation attestation) {
        Formats formats = Formats.of(getLocale());
        long id = attestation.realisationId();
        Paragraph line = new Paragraph(getTranslation("sroi.attestation.line", attestation.pseudonym(),
                attestation.employerName(), attestation.blockName(), attestation.targetGroup(),
                formats.date(attestation.startDate())) + " " + getTranslation("sroi.attestation.contracting",
                directory.find(attestation.contracting()).map(Tenant::shortName).orElse(attestation.contracting())));
        DatePicker from = new DatePicker(getTranslation("sroi.attestation.from"));
        from.setId("sroi-attestation-from-" + id);
        from.setValue(attestation.startDate());
        Select<ConsentBasis> consent = new Select<>();
        consent.setLabel(getTranslation("sroi.attestation.consent"));
        consent.setId("sroi-attestation-consent-" + id);
        consent.setItems(ConsentBasis.values());
        consent.setItemLabelGenerator(basis -> getTranslation(basis.labelKey()));
        Button yes = new Button(getTranslation("sroi.attestation.counts"),
                click -> attest(attestation, true, from, consent));
        yes.setId("sroi-attestation-yes-" + id);
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.setAriaLabel(getTranslation("sroi.attestation.counts-label", attestation.pseudonym(), attestation.blockName()));
        Button no = new Button(getTranslation("sroi.attestation.not-counts"),
                click -> attest(attestation, false, from, consent));
        no.setId("sroi-attestation-no-" + id);
        Div item = new Div(line, from, consent, yes, no);
        item.setId("sroi-attestation-" + id);
        return item;
    }

    private void attest(Attestation attestation, boolean counts, DatePicker from, Select<ConsentBasis> consent) {
        try {
            contracts.attest(attestation.contracting(), attestation.realisationId(), counts, from.getValue(), consent.getValue() == null ? null : consent.getValue().name());
            show();
            status.setText(getTranslation(counts ? "sroi.attestation.done-yes" : "sroi.attestation.done-no"));
        } catch (InvalidInputException invalid) {
            status.setText(invalid.problems().stream().map(problem -> getTranslation(problem.messageKey(),
                    problem.args().toArray())).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sroi.attestation.title") + " - " + getTranslation("app.name");
    }
}
