package nl.werkbrug.catalogue.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.werkbrug.shared.ui.DutchDatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.catalogue.Applicant;
import nl.werkbrug.catalogue.CatalogueAdministration;
import nl.werkbrug.catalogue.CatalogueEntry;
import nl.werkbrug.catalogue.CatalogueFilter;
import nl.werkbrug.catalogue.ChainStage;
import nl.werkbrug.catalogue.Goal;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.TargetGroup;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;

/**
 * A tenant admin's catalogue: every instrument of the municipality (regional and its own), with filters and Dutch
 * full-text search, the municipality's setting for showing amounts, and the way to add an instrument.
 */
@Route("gemeente/:tenant/instrumenten")
@RolesAllowed("TENANT_ADMIN")
@StyleSheet("styles/catalogue.css")
class CatalogueAdminView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueAdministration administration;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final CatalogueTexts texts;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Select<Goal> goal = new Select<>();
    private final Select<TargetGroup> targetGroup = new Select<>();
    private final Select<ChainStage> chainStage = new Select<>();
    private final Select<Applicant> applicant = new Select<>();
    private final Select<Source> source = new Select<>();
    private final DatePicker activeOn = DutchDatePicker.configure(this, new DatePicker());
    private final Grid<CatalogueEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Checkbox hideAmounts = new Checkbox();
    private Tenant tenant;
    private String title = "";

    CatalogueAdminView(CatalogueAdministration administration, CurrentTenant currentTenant, TenantDirectory directory,
                       Clock clock) {
        this.clock = clock;
        this.administration = administration;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.texts = new CatalogueTexts(this);
        this.tenant = directory.tenants().getFirst();
        addClassName("werkbrug-page");

        search.setId("catalogue-search");
        search.setLabel(texts.t("catalogue.admin.search"));
        search.setHelperText(texts.t("catalogue.admin.search-help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        filter(goal, "catalogue-filter-goal", "catalogue.fact.goal", List.of(Goal.values()));
        filter(targetGroup, "catalogue-filter-target-group", "catalogue.admin.target-group", List.of(TargetGroup.values()));
        filter(chainStage, "catalogue-filter-chain-stage", "catalogue.admin.chain-stage", List.of(ChainStage.values()));
        filter(applicant, "catalogue-filter-applicant", "catalogue.fact.applies-by", List.of(Applicant.values()));
        filter(source, "catalogue-filter-source", "catalogue.fact.source", List.of(Source.values()));
        activeOn.setId("catalogue-filter-active-on");
        activeOn.setLabel(texts.t("catalogue.admin.active-on"));
        activeOn.setHelperText(texts.t("catalogue.admin.active-on-help"));
        activeOn.setClearButtonVisible(true);
        activeOn.setValue(LocalDate.now(clock));
        search.addValueChangeListener(event -> refresh());
        activeOn.addValueChangeListener(event -> refresh());

        Div filters = new Div(search, goal, targetGroup, chainStage, applicant, source, activeOn);
        filters.addClassName("catalogue-filters");

        grid.setId("catalogue-grid");
        grid.setAriaLabel(texts.t("catalogue.admin.list"));
        grid.addComponentColumn(entry -> new Anchor(editLink(entry.code()), entry.content().name()))
                .setHeader(texts.t("catalogue.admin.name")).setComparator(entry -> entry.content().name()).setFlexGrow(3);
        grid.addColumn(entry -> texts.t(entry.regional()
                        ? (entry.setLocally().isEmpty() ? "catalogue.admin.kind.regional" : "catalogue.admin.kind.regional-own")
                        : "catalogue.admin.kind.local"))
                .setHeader(texts.t("catalogue.admin.kind")).setFlexGrow(2);
        grid.addColumn(entry -> texts.label(entry.content().source())).setHeader(texts.t("catalogue.fact.source"));
        grid.addColumn(entry -> entry.content().chainStage() == null ? texts.notStated() : texts.label(entry.content().chainStage()))
                .setHeader(texts.t("catalogue.admin.chain-stage"));
        grid.addColumn(this::status).setHeader(texts.t("catalogue.admin.status"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(texts.t("catalogue.admin.empty"));
        count.setId("catalogue-count");
        count.getElement().setAttribute("role", "status");

        hideAmounts.setId("hide-amounts");
        hideAmounts.setLabel(texts.t("catalogue.admin.hide-amounts"));
        hideAmounts.setHelperText(texts.t("catalogue.admin.hide-amounts-help"));
        hideAmounts.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                administration.setHideAmountsFromEmployers(event.getValue());
            }
        });

        Button create = new Button(texts.t("catalogue.admin.new"), click ->
                getUI().ifPresent(ui -> ui.navigate(editLink("nieuw"))));
        create.setId("catalogue-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(), new Paragraph(texts.t("catalogue.admin.intro")), create, new H2(texts.t("catalogue.admin.list")),
                filters, count, grid, new H2(texts.t("catalogue.admin.settings")), hideAmounts);
    }

    private <T extends Enum<T>> void filter(Select<T> select, String id, String labelKey, List<T> values) {
        select.setId(id);
        select.setLabel(texts.t(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(texts.t("catalogue.admin.any"));
        select.setItemLabelGenerator(value -> value == null ? texts.t("catalogue.admin.any") : texts.label(value));
        select.addValueChangeListener(event -> refresh());
    }

    private String status(CatalogueEntry entry) {
        LocalDate today = LocalDate.now(clock);
        if (entry.hasEnded(today)) {
            return texts.t("catalogue.admin.status.ended", texts.date(entry.content().validTo()));
        }
        if (entry.content().validFrom().isAfter(today)) {
            return texts.t("catalogue.admin.status.planned", texts.date(entry.content().validFrom()));
        }
        return texts.t("catalogue.admin.status.active");
    }

    private String editLink(String code) {
        return CatalogueRoutes.admin(tenant.id(), code);
    }

    private void refresh() {
        List<CatalogueEntry> entries = administration.list(new CatalogueFilter(goal.getValue(), targetGroup.getValue(),
                chainStage.getValue(), applicant.getValue(), source.getValue(), activeOn.getValue(), search.getValue()));
        grid.setItems(entries);
        count.setText(texts.t("catalogue.admin.count", entries.size()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = directory.require(currentTenant.require());
        title = texts.t("catalogue.admin.title", tenant.shortName());
        getChildren().filter(H1.class::isInstance).findFirst().ifPresent(h1 -> ((H1) h1).setText(title));
        hideAmounts.setValue(administration.hidesAmountsFromEmployers());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
