package nl.werkbrug.sroi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.identity.CurrentUser;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.ContractState;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiPlans;

/**
 * One of the contractor's contracts: its facts, the plan to file from the model's blocks (with the officer's request
 * for changes), and once the plan is accepted, the realisations to record. The route names the contracting
 * municipality; another employer's contract is not found.
 */
@Route("werkgever/sroi/:gemeente/:id")
@RolesAllowed("EMPLOYER")
class EmployerContractView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SroiPlans plans;
    private final boolean admin;
    private final Paragraph status = StatusText.of("sroi-status");

    EmployerContractView(SroiPlans plans, CurrentUser currentUser) {
        this.plans = plans;
        this.admin = currentUser.require().employerMembership()
                .map(membership -> membership.role() == EmployerRole.EMPLOYER_ADMIN).orElse(false);
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String municipality = event.getRouteParameters().get("gemeente").orElse("");
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        show(plans.find(municipality, id).orElseThrow(NotFoundException::new));
    }

    private void show(SroiContractDetail contract) {
        removeAll();
        add(new H1(getTranslation("sroi.contract.title", contract.subject())), status, new ContractFacts(contract));
        add(new H2(getTranslation("sroi.plan.heading")));
        if (contract.state().planOpen()) {
            if (contract.changeRequest() != null) {
                Paragraph changes = new Paragraph(getTranslation("sroi.plan.changes-requested", contract.changeRequest()));
                changes.setId("sroi-change-request");
                add(changes);
            }
            Paragraph message = StatusText.of("sroi-plan-message");
            PlanEditor editor = new PlanEditor(contract, lines -> plans.preview(contract.model(), lines), message);
            Button submit = new Button(getTranslation("sroi.plan.submit"), click -> {
                try {
                    show(plans.submitPlan(contract.tenant(), contract.id(), editor.lines()));
                    status.setText(getTranslation("sroi.plan.submitted"));
                } catch (InvalidInputException invalid) {
                    editor.show(invalid.problems());
                }
            });
            submit.setId("sroi-plan-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(editor, message, submit);
        } else {
            add(new PlanList(contract.plan()));
        }
        add(new SroiVacancySection(plans, contract, admin, published -> {
            show(published);
            status.setText(getTranslation("sroi.vacancies.published"));
        }));
        add(new H2(getTranslation("sroi.realisations.heading")), new RealisationList(contract.realisations(), null, null));
        if (contract.state() == ContractState.PLAN_GEACCEPTEERD) {
            add(new H2(getTranslation("sroi.realisation.new")));
            Paragraph message = StatusText.of("sroi-realisation-message");
            RealisationForm form = new RealisationForm(contract.model(), contract.proposals(), message);
            Button record = new Button(getTranslation("sroi.realisation.record"), click -> {
                try {
                    show(plans.recordRealisation(contract.tenant(), contract.id(), form.form, form.invoice()));
                    status.setText(getTranslation("sroi.realisation.recorded"));
                } catch (InvalidInputException invalid) {
                    form.problems.show(invalid.problems(), "sroi.error.invalid");
                    invalid.problems().stream().filter(problem -> problem.field().equals("invoice")).findFirst()
                            .ifPresent(problem -> form.showInvoiceProblem(problem.messageKey()));
                    form.problems.focusFirst();
                }
            });
            record.setId("sroi-realisation-record");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, message, record);
        }
        add(new ModelNotes(contract.model()), new Paragraph(new Anchor("werkgever/sroi", getTranslation("sroi.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sroi.contract.page-title") + " - " + getTranslation("app.name");
    }
}
