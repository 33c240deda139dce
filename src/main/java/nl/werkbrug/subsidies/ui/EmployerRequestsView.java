package nl.werkbrug.subsidies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.subsidies.SubsidyRequestSummary;
import nl.werkbrug.subsidies.SubsidyRequests;

/** The employer's subsidy requests in every municipality of the region, with status and deadline. */
@Route("werkgever/aanvragen")
@RolesAllowed("EMPLOYER")
class EmployerRequestsView extends Main implements HasDynamicTitle {

    EmployerRequestsView(SubsidyRequests requests) {
        addClassName("werkbrug-page");
        Button create = new Button(getTranslation("subsidy.new"), click -> getUI().ifPresent(ui -> ui.navigate("werkgever/aanvragen/nieuw")));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-request");
        Grid<SubsidyRequestSummary> grid = new Grid<>();
        grid.setId("employer-requests");
        grid.setAriaLabel(getTranslation("subsidy.employer.title"));
        grid.addColumn(line -> SubsidyTexts.reference(this, line.reference())).setHeader(getTranslation("subsidy.reference"))
                .setAutoWidth(true);
        grid.addComponentColumn(line -> new Anchor("werkgever/aanvragen/" + line.municipality() + "/" + line.id(),
                        line.instrumentName())).setHeader(getTranslation("subsidy.instrument")).setAutoWidth(true);
        grid.addColumn(SubsidyRequestSummary::municipalityName).setHeader(getTranslation("subsidy.municipality"));
        grid.addColumn(line -> line.employeeName() == null ? "" : line.employeeName()).setHeader(getTranslation("subsidy.employee"));
        grid.addColumn(line -> getTranslation(line.status().labelKey())).setHeader(getTranslation("subsidy.status"));
        grid.addColumn(line -> SubsidyTexts.date(this, line.submittedOn())).setHeader(getTranslation("subsidy.submitted-on"));
        grid.addComponentColumn(line -> SubsidyTexts.deadline(this, line)).setHeader(getTranslation("subsidy.deadline"));
        grid.setEmptyStateText(getTranslation("subsidy.employer.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(requests.mine());
        add(new H1(getTranslation("subsidy.employer.title")), new Paragraph(getTranslation("subsidy.employer.intro")),
                create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.employer.title") + " - " + getTranslation("app.name");
    }
}
