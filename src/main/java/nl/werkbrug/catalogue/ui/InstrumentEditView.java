package nl.werkbrug.catalogue.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.catalogue.CatalogueAdministration;
import nl.werkbrug.catalogue.CatalogueEntry;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.VersionChange;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.ui.ProblemFields;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Create or change one instrument ({@code .../instrumenten/nieuw} creates). For the municipality's own instruments
 * every field can be changed; for a regional instrument only the fields the region lets the municipality set. Every
 * save is a new version with a reason. The catalogue's records judge the input; this view shows their problems at
 * the field in Dutch, keeps what was typed and saves nothing half. The version history is shown below the form.
 */
@Route("gemeente/:tenant/instrumenten/:code")
@RolesAllowed("TENANT_ADMIN")
@StyleSheet("styles/catalogue.css")
class InstrumentEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    private final CatalogueAdministration administration;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final Clock clock;
    private final CatalogueTexts texts;
    private final Binder<InstrumentForm> binder = new Binder<>();
    private final Paragraph status = new Paragraph();
    private final ProblemFields problems = new ProblemFields(this, status);
    private final ProblemFields retireProblems = new ProblemFields(this, status);
    private final Map<LocalField, List<Component>> localFields = new EnumMap<>(LocalField.class);
    private final GeneralSection general;
    private final ChangeSection change;
    private final List<InstrumentSection> sections;
    private final RetireSection retireSection;
    private final VersionHistory history;
    private final Paragraph scope = new Paragraph();
    private final H1 heading = new H1();
    private final Anchor back = new Anchor();

    private Tenant tenant;
    private String title = "";
    private @Nullable CatalogueEntry entry;
    private @Nullable CatalogueEntry regional;
    private InstrumentForm loaded = new InstrumentForm();
    private boolean triedToSave;

    InstrumentEditView(CatalogueAdministration administration, CurrentTenant currentTenant, TenantDirectory directory,
                       Clock clock) {
        this.administration = administration;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.clock = clock;
        this.texts = new CatalogueTexts(this);
        this.tenant = directory.tenants().getFirst();
        addClassNames("werkbrug-page", "catalogue-form");
        var parts = new InstrumentSection.Parts(texts, binder, problems, localFields);
        general = new GeneralSection(parts);
        change = new ChangeSection(parts);
        sections = List.of(general, new RequestSection(parts), new AmountSection(parts), new DurationSection(parts),
                new ConditionsSection(parts), change);
        history = new VersionHistory(texts);
        retireProblems.add("changeNote", change.changeNote);
        retireSection = new RetireSection(texts, retireProblems, this::retire);
        binder.addValueChangeListener(event -> {
            if (triedToSave) {
                problems.mark(currentProblems(formValues()));
            }
        });
        layout();
    }

    private void layout() {
        heading.setId("edit-title");
        scope.setId("edit-scope");
        status.setId("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(texts.t("catalogue.admin.save"), click -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setText(texts.t("catalogue.admin.back"));
        back.setId("back-to-list");
        add(back, heading, scope);
        sections.forEach(this::add);
        add(save, status, retireSection, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = directory.require(currentTenant.require());
        back.setHref(CatalogueRoutes.adminList(tenant.id()));
        String requested = event.getRouteParameters().get("code").orElse("");
        if (requested.equals(NEW)) {
            entry = null;
            regional = null;
            InstrumentForm form = new InstrumentForm();
            form.validFrom = LocalDate.now(clock);
            form.source = Source.LOKAAL;
            show(form);
            title = texts.t("catalogue.admin.new-title");
        } else {
            CatalogueEntry found = administration.entry(requested).orElse(null);
            if (found == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            load(found);
        }
        heading.setText(title);
    }

    private void load(CatalogueEntry found) {
        entry = found;
        regional = found.regional() ? administration.regionalEntry(found.code()).orElse(null) : null;
        InstrumentForm form = InstrumentForm.of(found.code(), found.content());
        form.changeFrom = LocalDate.now(clock);
        show(form);
        title = texts.t("catalogue.admin.edit-title", found.content().name());
        heading.setText(title);
        history.show(administration.history(found.code()));
    }

    private void show(InstrumentForm form) {
        loaded = form;
        triedToSave = false;
        binder.readBean(form);
        problems.show(List.of(), "catalogue.admin.invalid");
        sections.forEach(section -> section.show(form));
        boolean isNew = entry == null;
        boolean isRegional = entry != null && entry.regional();
        general.code.setReadOnly(!isNew);
        change.changeFrom.setVisible(!isNew);
        retireSection.setVisible(!isNew && !isRegional);
        history.setVisible(!isNew);
        Set<LocalField> allowed = entry == null ? Set.of() : entry.localFields();
        List<Component> open = new ArrayList<>(List.of(change.changeFrom, change.changeNote));
        allowed.forEach(field -> open.addAll(localFields.getOrDefault(field, List.of())));
        binder.getFields().filter(field -> field != general.code)
                .forEach(field -> field.setReadOnly(isRegional && !open.contains((Component) field)));
        if (isRegional) {
            scope.setText(texts.t("catalogue.admin.scope.regional", tenant.shortName(),
                    allowed.isEmpty() ? texts.t("catalogue.admin.scope.nothing") : texts.labels(allowed)));
        } else {
            scope.setText(texts.t(isNew ? "catalogue.admin.scope.new" : "catalogue.admin.scope.local", tenant.shortName()));
        }
        if (entry != null) {
            entry.setLocally().forEach(field -> localFields.getOrDefault(field, List.of()).forEach(component ->
                    InstrumentSection.helper(component, texts.t("catalogue.admin.set-locally", tenant.shortName()))));
        }
        status.setText("");
    }

    /** What the fields hold now, valid or not; the loaded values that have no field of their own are kept. */
    private InstrumentForm formValues() {
        InstrumentForm target = new InstrumentForm();
        binder.writeBeanAsDraft(target, true);
        target.code = entry == null ? target.code : loaded.code;
        target.tiers = loaded.tiers;
        target.sources = loaded.sources;
        return target;
    }

    /** The catalogue's judgement of what the fields hold now. */
    private List<FieldProblem> currentProblems(InstrumentForm form) {
        List<FieldProblem> found = new ArrayList<>();
        if (entry == null) {
            found.addAll(administration.codeProblems(form.code));
        }
        if (entry != null && entry.regional() && regional != null) {
            found.addAll(form.override(regional.content(), entry.localFields(), LocalDate.now(clock)).problems());
        } else {
            found.addAll(form.content().problems());
        }
        LocalDate from = entry == null ? form.validFrom : form.changeFrom;
        found.addAll(new VersionChange(from, form.changeNote.strip()).problems());
        return found;
    }

    private void save() {
        triedToSave = true;
        InstrumentForm target = formValues();
        if (!problems.show(currentProblems(target), "catalogue.admin.invalid")) {
            return;
        }
        try {
            String note = target.changeNote.strip();
            if (entry == null) {
                CatalogueEntry created = administration.create(target.code, target.content(), note);
                getUI().ifPresent(ui -> ui.navigate(CatalogueRoutes.admin(tenant.id(), created.code())));
                return;
            }
            load(entry.regional() && regional != null
                    ? administration.setLocalValues(entry.code(), target.override(regional.content(), entry.localFields(),
                            target.changeFrom), note)
                    : administration.update(entry.code(), target.content(), target.changeFrom, note));
            status.setText(texts.t("catalogue.admin.saved", texts.date(target.changeFrom)));
        } catch (InvalidInputException invalid) {
            problems.show(invalid.problems(), "catalogue.admin.invalid");
        }
    }

    private void retire(@Nullable LocalDate lastDay) {
        String note = change.changeNote.getValue().strip();
        if (entry == null || !retireProblems.show(new VersionChange(lastDay, note).problems(), "catalogue.admin.invalid")) {
            return;
        }
        try {
            load(administration.retire(entry.code(), lastDay, note));
            status.setText(texts.t("catalogue.admin.retired", texts.date(lastDay)));
        } catch (InvalidInputException invalid) {
            retireProblems.show(invalid.problems(), "catalogue.admin.invalid");
        }
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
