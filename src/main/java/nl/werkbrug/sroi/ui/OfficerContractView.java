package nl.werkbrug.sroi.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.ContractState;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiContracts;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantContext;

/**
 * One contract for the SROI officer: its facts, the filed plan to accept or send back with what to change, the
 * realisations to accept or reject with a reason, and the interim report to file and download.
 */
@Route("gemeente/:tenant/sroi/:id")
@RolesAllowed("SROI_OFFICER")
class OfficerContractView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SroiContracts contracts;
    private final CurrentTenant currentTenant;
    private final Paragraph status = StatusText.of("sroi-status");

    OfficerContractView(SroiContracts contracts, CurrentTenant currentTenant) {
        this.contracts = contracts;
        this.currentTenant = currentTenant;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        show(contracts.contract(id).orElseThrow(NotFoundException::new));
    }

    private void show(SroiContractDetail contract) {
        removeAll();
        add(new H1(getTranslation("sroi.contract.title", contract.subject())), status, new ContractFacts(contract));
        add(new H2(getTranslation("sroi.plan.heading")), new PlanList(contract.plan()));
        if (contract.state() == ContractState.PLAN_INGEDIEND) {
            Button accept = new Button(getTranslation("sroi.plan.accept"),
                    click -> act(() -> contracts.acceptPlan(contract.id()), "sroi.plan.accepted"));
            accept.setId("sroi-plan-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextArea changes = new TextArea(getTranslation("sroi.plan.changes"));
            changes.setId("sroi-plan-changes");
            changes.setMaxLength(1000);
            Button ask = new Button(getTranslation("sroi.plan.ask-changes"),
                    click -> act(() -> contracts.askChanges(contract.id(), changes.getValue()), "sroi.plan.changes-asked"));
            ask.setId("sroi-plan-ask-changes");
            add(accept, changes, ask);
        }
        add(new H2(getTranslation("sroi.realisations.heading")), new RealisationList(contract.realisations(),
                realisation -> act(() -> contracts.acceptRealisation(contract.id(), realisation.id()),
                        "sroi.realisation.accepted"),
                (realisation, reason) -> act(() -> contracts.rejectRealisation(contract.id(), realisation.id(), reason),
                        "sroi.realisation.rejected")));
        contract.realisations().stream().filter(realisation -> realisation.invoiceName() != null)
                .forEach(realisation -> add(new Paragraph(download(contract, "factuur-" + realisation.id(),
                        getTranslation("sroi.realisation.invoice-download", realisation.invoiceName()),
                        "sroi-invoice-download-" + realisation.id(), () -> contracts.invoice(contract.id(),
                                realisation.id()).map(nl.werkbrug.sroi.SroiPlans.Invoice::content)))));
        add(new H2(getTranslation("sroi.report.heading")));
        if (contract.state() == ContractState.PLAN_GEACCEPTEERD) {
            Button file = new Button(getTranslation("sroi.report.file"),
                    click -> act(() -> contracts.fileInterimReport(contract.id()), "sroi.report.filed"));
            file.setId("sroi-report-file");
            add(file);
        }
        if (contract.interimFiledOn() != null) {
            add(new Paragraph(download(contract, "tussenrapportage", getTranslation("sroi.report.download"), "sroi-report-download",
                    () -> contracts.interimReport(contract.id()))));
        }
        if (contract.state() == ContractState.PLAN_GEACCEPTEERD && contract.finalFiledOn() == null) {
            add(new FinalReportForm(contract, (consequence, note) -> act(() -> contracts.fileFinalReport(contract.id(),
                    consequence, note), "sroi.final.filed")));
        }
        if (contract.finalFiledOn() != null) {
            add(new Paragraph(download(contract, "eindrapportage", getTranslation("sroi.final.download"), "sroi-final-download",
                    () -> contracts.finalReport(contract.id()))));
        }
        add(new Paragraph(new Anchor("gemeente/" + currentTenant.require() + "/sroi", getTranslation("sroi.back"))));
    }

    /** A report's download; its request carries no route, so it runs in the municipality the contract was shown in. */
    private Anchor download(SroiContractDetail contract, String name, String label, String id,
                            Supplier<Optional<byte[]>> report) {
        String fileName = "sroi-" + name + "-" + contract.tenant() + "-" + contract.id() + ".pdf";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> TenantContext.callAs(contract.tenant(),
                        report).map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), fileName,
                        "application/pdf", pdf.length)).orElse(DownloadResponse.error(404))), label);
        download.setId(id);
        download.getElement().setAttribute("download", true);
        return download;
    }

    private void act(Supplier<SroiContractDetail> step, String doneKey) {
        try {
            SroiContractDetail contract = step.get();
            show(contract);
            status.setText(getTranslation(doneKey));
        } catch (InvalidInputException invalid) {
            status.setText(invalid.problems().stream().map(problem -> getTranslation(problem.messageKey(),
                    problem.args().toArray())).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sroi.contract.page-title") + " - " + getTranslation("app.name");
    }
}
