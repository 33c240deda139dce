package nl.werkbrug.sroi.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.sroi.SroiCalculator;
import nl.werkbrug.sroi.SroiContractDetail;
import nl.werkbrug.sroi.SroiContractForm;
import nl.werkbrug.sroi.SroiContracts;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.tenancy.CurrentTenant;

/**
 * The SROI officer's contracts of the municipality, and the registration of a new one with its obligation shown as
 * the value and percentage are filled in. A contract below the model's threshold is refused at the value field.
 */
@Route("gemeente/:tenant/sroi")
@RolesAllowed("SROI_OFFICER")
class OfficerContractsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SroiContracts contracts;
    private final CurrentTenant currentTenant;

    OfficerContractsView(SroiContracts contracts, CurrentTenant currentTenant) {
        this.contracts = contracts;
        this.currentTenant = currentTenant;
        addClassName("werkbrug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String tenant = currentTenant.require();
        Formats formats = Formats.of(getLocale());
        add(new H1(getTranslation("sroi.officer.title")), new Paragraph(getTranslation("sroi.officer.intro")));
        add(new H2(getTranslation("sroi.officer.contracts")));
        List<SroiContractDetail> all = contracts.contracts();
        UnorderedList list = new UnorderedList();
        list.setId("sroi-contracts");
        all.forEach(contract -> list.add(new ListItem(new Anchor("gemeente/" + tenant + "/sroi/" + contract.id(),
                contract.subject()), new Span(" " + getTranslation("sroi.officer.line", contract.employerName(),
                formats.money(contract.netObligation()), getTranslation(contract.state().labelKey()),
                formats.percentage(contract.fulfilledPercent()))
                + (contract.interimOverdue() ? " " + getTranslation("sroi.contract.overdue") : "")))));
        add(all.isEmpty() ? new Paragraph(getTranslation("sroi.officer.none")) : list);
        contracts.modelToday().ifPresentOrElse(model -> register(tenant, model),
                () -> add(new Paragraph(getTranslation("sroi.error.no-model"))));
    }

    private void register(String tenant, SroiModel model) {
        Paragraph message = StatusText.of("sroi-register-status");
        ProblemFields problems = new ProblemFields(this, message);
        Binder<SroiContractForm> binder = new Binder<>();
        SroiContractForm form = new SroiContractForm();
        ContractSection section = new ContractSection(binder, problems, contracts.contractors(), model);
        binder.setBean(form);
        Paragraph obligation = new Paragraph();
        obligation.setId("sroi-obligation-preview");
        obligation.getElement().setAttribute("aria-live", "polite");
        Runnable preview = () -> obligation.setText(form.getContractValue() == null || form.getPercentage() == null
                ? getTranslation("sroi.register.obligation-empty")
                : getTranslation("sroi.register.obligation", Formats.of(getLocale()).money(
                SroiCalculator.obligation(form.getContractValue(), form.getPercentage()))));
        section.value.addValueChangeListener(change -> preview.run());
        section.percentage.addValueChangeListener(change -> preview.run());
        preview.run();
        Button save = new Button(getTranslation("sroi.register.save"), click -> {
            try {
                SroiContractDetail saved = contracts.register(form);
                getUI().ifPresent(ui -> ui.navigate("gemeente/" + tenant + "/sroi/" + saved.id()));
            } catch (InvalidInputException invalid) {
                problems.show(invalid.problems(), "sroi.error.invalid");
                problems.focusFirst();
            }
        });
        save.setId("sroi-register");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(section, obligation, message, save, new ModelNotes(model));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sroi.officer.title") + " - " + getTranslation("app.name");
    }
}
