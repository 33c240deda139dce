package nl.werkbrug.casework.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.employer.Vacancies;
import nl.werkbrug.employer.VacancyDetail;
import nl.werkbrug.employer.VacancyFilter;
import nl.werkbrug.platform.Formats;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/** Published vacancies of every employer in the region, for the consultants of any municipality: filter and sort. */
@Route("gemeente/:tenant/vacatures")
@RolesAllowed("CONSULTANT")
class VacancyListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ANY = "";

    private final Vacancies vacancies;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final H1 heading = new H1();
    private final Grid<VacancyDetail> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<String> brcClass = new Select<>();
    private final TextField place = new TextField();
    private final Checkbox sroi = new Checkbox();
    private final Checkbox banenafspraak = new Checkbox();
    private Tenant tenant;

    VacancyListView(Vacancies vacancies, CurrentTenant currentTenant, TenantDirectory directory) {
        this.vacancies = vacancies;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.tenant = directory.tenants().getFirst();
        addClassName("werkbrug-page");
        Formats formats = Formats.of(getLocale());

        text.setId("filter-text");
        text.setLabel(getTranslation("vacancies.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        brcClass.setId("filter-brc");
        brcClass.setLabel(getTranslation("vacancies.filter.brc"));
        List<String> classes = new ArrayList<>();
        classes.add(ANY);
        Occupations.BRC_CLASSES.keySet().stream().sorted().forEach(classes::add);
        brcClass.setItems(classes);
        brcClass.setValue(ANY);
        brcClass.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("vacancies.filter.any")
                : code + " " + Occupations.BRC_CLASSES.get(code));
        place.setId("filter-place");
        place.setLabel(getTranslation("vacancies.filter.place"));
        place.setValueChangeMode(ValueChangeMode.LAZY);
        sroi.setId("filter-sroi");
        sroi.setLabel(getTranslation("vacancies.filter.sroi"));
        banenafspraak.setId("filter-banenafspraak");
        banenafspraak.setLabel(getTranslation("vacancies.filter.banenafspraak"));
        text.addValueChangeListener(event -> refresh());
        brcClass.addValueChangeListener(event -> refresh());
        place.addValueChangeListener(event -> refresh());
        sroi.addValueChangeListener(event -> refresh());
        banenafspraak.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, brcClass, place, sroi, banenafspraak);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("vacancies");
        grid.setAriaLabel(getTranslation("vacancies.region.title"));
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("vacancy.title"))
                .setComparator(VacancyDetail::title).setSortable(true);
        grid.addColumn(VacancyDetail::employerName).setHeader(getTranslation("vacancy.employer")).setSortable(true);
        grid.addColumn(vacancy -> vacancy.occupation().label()).setHeader(getTranslation("vacancy.occupation.short")).setSortable(true);
        grid.addColumn(VacancyDetail::place).setHeader(getTranslation("vacancy.place")).setSortable(true);
        grid.addColumn(vacancy -> vacancy.hoursPerWeek().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("vacancy.hours.short")).setComparator(VacancyDetail::hoursPerWeek).setSortable(true);
        grid.addColumn(this::arrangements).setHeader(getTranslation("vacancy.arrangements.short"));
        grid.addColumn(vacancy -> formats.date(vacancy.publishedAt()))
                .setHeader(getTranslation("vacancy.published-at")).setComparator(VacancyDetail::publishedAt).setSortable(true);
        grid.setEmptyStateText(getTranslation("vacancies.region.empty"));
        grid.setAllRowsVisible(true);
        add(heading, new Paragraph(getTranslation("vacancies.region.intro")), filters, grid);
    }

    private Anchor titleLink(VacancyDetail vacancy) {
        Anchor link = new Anchor();
        link.setHref("gemeente/" + tenant.id() + "/vacatures/" + vacancy.id());
        link.setText(vacancy.title());
        return link;
    }

    private String arrangements(VacancyDetail vacancy) {
        List<String> labels = new ArrayList<>();
        if (vacancy.sroi()) {
            labels.add(getTranslation("vacancy.sroi.short"));
        }
        if (vacancy.banenafspraak()) {
            labels.add(getTranslation("vacancy.banenafspraak.short"));
        }
        return String.join(", ", labels);
    }

    private void refresh() {
        grid.setItems(vacancies.published(new VacancyFilter(text.getValue(), brcClass.getValue(), place.getValue(),
                sroi.getValue(), banenafspraak.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = directory.require(currentTenant.require());
        heading.setText(getTranslation("vacancies.region.heading", directory.region().name()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vacancies.region.heading", directory.region().name()) + " - " + tenant.shortName()
                + " - " + getTranslation("app.name");
    }
}
