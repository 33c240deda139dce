package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.platform.Formats;

/** The company's vacancies with their status; each title opens the vacancy. */
@Route("werkgever/vacatures")
@RolesAllowed("EMPLOYER")
class VacanciesView extends Main implements HasDynamicTitle {

    VacanciesView(Vacancies vacancies) {
        addClassName("werkbrug-page");
        Formats formats = Formats.of(getLocale());
        Grid<VacancyDetail> grid = new Grid<>();
        grid.setId("vacancies");
        grid.setAriaLabel(getTranslation("vacancies.title"));
        grid.addComponentColumn(vacancy -> new Anchor("werkgever/vacatures/" + vacancy.id(), vacancy.title()))
                .setHeader(getTranslation("vacancy.title")).setComparator(VacancyDetail::title).setSortable(true);
        grid.addColumn(vacancy -> vacancy.occupation().title()).setHeader(getTranslation("vacancy.occupation.short"));
        grid.addColumn(vacancy -> getTranslation("vacancy.status." + vacancy.status().name()))
                .setHeader(getTranslation("vacancy.status.short")).setSortable(true);
        grid.addColumn(VacancyDetail::places).setHeader(getTranslation("vacancy.places"));
        grid.addColumn(vacancy -> formats.dateTime(vacancy.updatedAt())).setHeader(getTranslation("vacancy.updated"))
                .setComparator(VacancyDetail::updatedAt).setSortable(true);
        grid.setEmptyStateText(getTranslation("vacancies.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(vacancies.mine());
        Button create = new Button(getTranslation("vacancies.new"),
                event -> getUI().ifPresent(ui -> ui.navigate("werkgever/vacatures/" + VacancyEditorView.NEW)));
        create.setId("vacancy-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("vacancies.title")), new Paragraph(getTranslation("vacancies.intro")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vacancies.title") + " - " + getTranslation("app.name");
    }
}
