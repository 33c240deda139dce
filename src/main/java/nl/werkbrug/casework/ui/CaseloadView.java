package nl.werkbrug.casework.ui;


import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.Caseloads;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;

/** A consultant's caseload in the active municipality. */
@Route("gemeente/:tenant/werkvoorraad")
@RolesAllowed("CONSULTANT")
class CaseloadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Caseloads caseloads;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final H1 heading = new H1();
    private final Grid<CandidateFileSummary> grid = new Grid<>();
    private String tenantName = "";

    CaseloadView(Caseloads caseloads, CurrentTenant currentTenant, TenantDirectory directory) {
        this.caseloads = caseloads;
        this.currentTenant = currentTenant;
        this.directory = directory;
        addClassName("werkbrug-page");
        Formats formats = Formats.of(getLocale());
        grid.setId("caseload");
        grid.setAriaLabel(getTranslation("caseload.title"));
        grid.addColumn(CandidateFileSummary::fileNumber).setHeader(getTranslation("caseload.file-number")).setSortable(true);
        grid.addColumn(CandidateFileSummary::name).setHeader(getTranslation("caseload.name")).setSortable(true);
        grid.addColumn(CandidateFileSummary::ladderRung).setHeader(getTranslation("caseload.ladder")).setSortable(true);
        grid.addColumn(file -> formats.date(file.openedOn())).setHeader(getTranslation("caseload.since"));
        grid.setEmptyStateText(getTranslation("caseload.empty"));
        grid.setAllRowsVisible(true);
        add(heading, new Paragraph(getTranslation("caseload.intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenantName = directory.require(currentTenant.require()).shortName();
        heading.setText(getTranslation("caseload.heading", tenantName));
        grid.setItems(query -> caseloads.page(CaseloadFilter.MINE, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.heading", tenantName) + " - " + getTranslation("app.name");
    }
}
