package nl.werkbrug.catalogue.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.Applicant;
import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.catalogue.CatalogueAdministration;
import nl.werkbrug.catalogue.CatalogueChangeRejected;
import nl.werkbrug.catalogue.CatalogueEntry;
import nl.werkbrug.catalogue.ChainStage;
import nl.werkbrug.catalogue.EmployerNeed;
import nl.werkbrug.catalogue.FieldProblem;
import nl.werkbrug.catalogue.FundingLine;
import nl.werkbrug.catalogue.Goal;
import nl.werkbrug.catalogue.InstrumentVersion;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.Source;
import nl.werkbrug.catalogue.TargetGroup;
import nl.werkbrug.shared.Slug;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Create or change one instrument ({@code .../instrumenten/nieuw} creates). For the municipality's own instruments
 * every field can be changed; for a regional instrument only the fields the region lets the municipality set. Every
 * save is a new version with a reason; invalid input is shown at the field in Dutch, nothing typed is lost and
 * nothing is half saved. The version history is shown below the form.
 */
@Route("gemeente/:tenant/instrumenten/:code")
@RolesAllowed("TENANT_ADMIN")
@StyleSheet("styles/catalogue.css")
class InstrumentEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    private final CatalogueAdministration administration;
    private final CurrentTenant currentTenant;
    private final TenantDirectory directory;
    private final CatalogueTexts texts;
    private final Binder<InstrumentForm> binder = new Binder<>();

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea shortDescription = new TextArea();
    private final TextArea description = new TextArea();
    private final Select<Source> source = new Select<>();
    private final MultiSelectComboBox<Goal> goals = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TargetGroup> targetGroups = new MultiSelectComboBox<>();
    private final TextField targetGroupText = new TextField();
    private final Select<ChainStage> chainStage = new Select<>();
    private final Select<EmployerNeed> employerNeed = new Select<>();
    private final CheckboxGroup<Applicant> appliesBy = new CheckboxGroup<>();
    private final TextField decidedBy = new TextField();
    private final TextField provider = new TextField();
    private final Select<FundingLine> funding = new Select<>();
    private final Select<AmountKind> amountKind = new Select<>();
    private final BigDecimalField euro = new BigDecimalField();
    private final BigDecimalField minimumEuro = new BigDecimalField();
    private final BigDecimalField maximumEuro = new BigDecimalField();
    private final BigDecimalField percentageWml = new BigDecimalField();
    private final TextArea amountNote = new TextArea();
    private final Paragraph tiers = new Paragraph();
    private final Checkbox hideAmounts = new Checkbox();
    private final IntegerField durationMonths = new IntegerField();
    private final IntegerField durationWeeks = new IntegerField();
    private final TextField durationNote = new TextField();
    private final TextField capacity = new TextField();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final CheckboxGroup<BenefitType> benefitTypes = new CheckboxGroup<>();
    private final Checkbox doelgroepregister = new Checkbox();
    private final Checkbox beschutWerk = new Checkbox();
    private final IntegerField minContractMonths = new IntegerField();
    private final IntegerField minHoursPerWeek = new IntegerField();
    private final Checkbox fullOutflow = new Checkbox();
    private final TextArea conditionsText = new TextArea();
    private final TextField requestDeadline = new TextField();
    private final TextField decisionTerm = new TextField();
    private final TextArea requiredDocuments = new TextArea();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final DatePicker changeFrom = new DatePicker();
    private final TextArea changeNote = new TextArea();
    private final DatePicker retireOn = new DatePicker();
    private final Paragraph status = new Paragraph();
    private final Paragraph scope = new Paragraph();
    private final H1 heading = new H1();
    private final Grid<InstrumentVersion> history = new Grid<>();
    private final Section retireSection = new Section();
    private final Anchor back = new Anchor();
    private final Map<LocalField, List<Component>> localFieldComponents = new EnumMap<>(LocalField.class);

    private Tenant tenant;
    private String title = "";
    private @Nullable CatalogueEntry entry;
    private @Nullable CatalogueEntry regional;
    private InstrumentForm loaded = new InstrumentForm();
    private final List<Binder.Binding<InstrumentForm, ?>> amountBindings = new java.util.ArrayList<>();
    private Binder.@Nullable Binding<InstrumentForm, Integer> maxAgeBinding;
    private Binder.@Nullable Binding<InstrumentForm, LocalDate> validToBinding;
    private Binder.@Nullable Binding<InstrumentForm, Integer> weeksBinding;
    private boolean triedToSave;

    InstrumentEditView(CatalogueAdministration administration, CurrentTenant currentTenant, TenantDirectory directory) {
        this.administration = administration;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.texts = new CatalogueTexts(this);
        this.tenant = directory.tenants().getFirst();
        addClassNames("werkbrug-page", "catalogue-form");
        labels();
        bind();
        layout();
    }

    // --- fields and labels ------------------------------------------------------------------------------------------

    private void labels() {
        label(code, "catalogue.admin.field.code", "catalogue.admin.field.code-help");
        label(name, "catalogue.admin.field.name", null);
        label(shortDescription, "catalogue.admin.field.short-description", "catalogue.admin.field.short-description-help");
        label(description, "catalogue.admin.field.description", "catalogue.admin.field.description-help");
        label(source, "catalogue.fact.source", null);
        label(goals, "catalogue.fact.goal", null);
        label(targetGroups, "catalogue.admin.target-group", null);
        label(targetGroupText, "catalogue.admin.field.target-group-text", null);
        label(chainStage, "catalogue.admin.chain-stage", null);
        label(employerNeed, "catalogue.admin.field.employer-need", "catalogue.admin.field.employer-need-help");
        label(appliesBy, "catalogue.fact.applies-by", null);
        label(decidedBy, "catalogue.field.decidedBy", null);
        label(provider, "catalogue.field.provider", null);
        label(funding, "catalogue.field.funding", null);
        label(amountKind, "catalogue.admin.field.amount-kind", null);
        label(euro, "catalogue.admin.field.euro", null);
        label(minimumEuro, "catalogue.admin.field.minimum-euro", null);
        label(maximumEuro, "catalogue.admin.field.maximum-euro", null);
        label(percentageWml, "catalogue.admin.field.percentage-wml", null);
        label(amountNote, "catalogue.admin.field.amount-note", null);
        label(hideAmounts, "catalogue.field.hideAmountsFromEmployers", null);
        label(durationMonths, "catalogue.admin.field.duration-months", null);
        label(durationWeeks, "catalogue.admin.field.duration-weeks", null);
        label(durationNote, "catalogue.admin.field.duration-note", null);
        label(capacity, "catalogue.field.capacity", null);
        label(minAge, "catalogue.admin.field.min-age", null);
        label(maxAge, "catalogue.admin.field.max-age", null);
        label(benefitTypes, "catalogue.admin.field.benefit-types", "catalogue.admin.field.benefit-types-help");
        label(doelgroepregister, "catalogue.condition.doelgroepregister", null);
        label(beschutWerk, "catalogue.condition.beschut-werk", null);
        label(minContractMonths, "catalogue.admin.field.min-contract-months", null);
        label(minHoursPerWeek, "catalogue.admin.field.min-hours", null);
        label(fullOutflow, "catalogue.condition.full-outflow", null);
        label(conditionsText, "catalogue.admin.field.conditions-text", null);
        label(requestDeadline, "catalogue.field.requestDeadline", null);
        label(decisionTerm, "catalogue.field.decisionTerm", null);
        label(requiredDocuments, "catalogue.field.requiredDocuments", "catalogue.admin.field.documents-help");
        label(validFrom, "catalogue.admin.field.valid-from", null);
        label(validTo, "catalogue.admin.field.valid-to", "catalogue.admin.field.valid-to-help");
        label(changeFrom, "catalogue.admin.field.change-from", "catalogue.admin.field.change-from-help");
        label(changeNote, "catalogue.admin.field.change-note", "catalogue.admin.field.change-note-help");
        label(retireOn, "catalogue.admin.field.retire-on", null);

        source.setItems(Source.values());
        source.setItemLabelGenerator(texts::label);
        goals.setItems(Goal.values());
        goals.setItemLabelGenerator(texts::label);
        targetGroups.setItems(TargetGroup.values());
        targetGroups.setItemLabelGenerator(texts::label);
        chainStage.setItems(ChainStage.values());
        chainStage.setEmptySelectionAllowed(true);
        chainStage.setEmptySelectionCaption(texts.notStated());
        chainStage.setItemLabelGenerator(value -> value == null ? texts.notStated() : texts.label(value));
        employerNeed.setItems(EmployerNeed.values());
        employerNeed.setEmptySelectionAllowed(true);
        employerNeed.setEmptySelectionCaption(texts.t("catalogue.admin.field.not-for-employers"));
        employerNeed.setItemLabelGenerator(value -> value == null ? texts.t("catalogue.admin.field.not-for-employers") : texts.label(value));
        appliesBy.setItems(Applicant.values());
        appliesBy.setItemLabelGenerator(texts::label);
        funding.setItems(FundingLine.values());
        funding.setItemLabelGenerator(texts::label);
        amountKind.setItems(AmountKind.values());
        amountKind.setItemLabelGenerator(value -> texts.t(value.labelKey()));
        benefitTypes.setItems(BenefitType.values());
        benefitTypes.setItemLabelGenerator(texts::label);
        euro.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        minimumEuro.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        maximumEuro.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        percentageWml.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        description.setMinRows(4);
        changeNote.setRequiredIndicatorVisible(true);
        tiers.setId("amount-tiers");
        amountKind.addValueChangeListener(event -> revalidateAmount());
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(euro, minimumEuro, maximumEuro)) {
            field.addValueChangeListener(event -> revalidateAmount());
        }
        minAge.addValueChangeListener(event -> revalidate(maxAgeBinding));
        validFrom.addValueChangeListener(event -> revalidate(validToBinding));
        durationMonths.addValueChangeListener(event -> revalidate(weeksBinding));
    }

    private void label(Component field, String labelKey, @Nullable String helperKey) {
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(texts.t(labelKey));
        } else {
            field.getElement().setProperty("label", texts.t(labelKey));
        }
        if (helperKey != null) {
            helper(field, texts.t(helperKey));
        }
        field.setId("field-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
    }

    private static void helper(Component field, String text) {
        if (field instanceof HasHelper withHelper) {
            withHelper.setHelperText(text);
        } else {
            field.getElement().setProperty("helperText", text);
        }
    }

    /** Cross-field rules are checked again when the other field changes, once the user tried to save. */
    private void revalidate(Binder.@Nullable Binding<InstrumentForm, ?> binding) {
        if (triedToSave && binding != null) {
            binding.validate();
        }
    }

    private void revalidateAmount() {
        amountBindings.forEach(this::revalidate);
    }

    // --- binding and validation (Dutch messages at the field) ------------------------------------------------------

    private void bind() {
        // Selects are checked with a plain validator, not asRequired(): asRequired() puts aria-required on the
        // select's value button, whose role does not allow it (axe-core, WCAG 4.1.2).
        binder.forField(code)
                .withValidator(value -> !isNew() || !value.isBlank(), texts.t("catalogue.admin.error.required"))
                .withValidator(value -> !isNew() || value.isBlank() || Slug.isValid(value), texts.t("catalogue.admin.error.code-format"))
                .withValidator(value -> !isNew() || value.isBlank() || !Slug.isValid(value) || administration.isCodeAvailable(value),
                        texts.t("catalogue.admin.error.code-taken"))
                .bind(form -> form.code, (form, value) -> form.code = value.strip());
        text(name, 120, true).bind(form -> form.name, (form, value) -> form.name = value);
        text(shortDescription, 400, true)
                .withValidator(value -> !value.contains("€"), texts.t("catalogue.admin.error.amount-in-text"))
                .bind(form -> form.shortDescription, (form, value) -> form.shortDescription = value);
        text(description, 5000, true)
                .withValidator(value -> !value.contains("€"), texts.t("catalogue.admin.error.amount-in-text"))
                .bind(form -> form.description, (form, value) -> form.description = value);
        binder.forField(source).withValidator(java.util.Objects::nonNull, texts.t("catalogue.admin.error.choose"))
                .bind(form -> form.source, (form, value) -> form.source = value);
        binder.forField(goals).bind(form -> form.goals, (form, value) -> form.goals = new java.util.LinkedHashSet<>(value));
        binder.forField(targetGroups).withValidator(value -> !value.isEmpty(), texts.t("catalogue.admin.error.target-group"))
                .bind(form -> form.targetGroups, (form, value) -> form.targetGroups = new java.util.LinkedHashSet<>(value));
        text(targetGroupText, 500, false).bind(form -> form.targetGroupText, (form, value) -> form.targetGroupText = value);
        binder.forField(chainStage).bind(form -> form.chainStage, (form, value) -> form.chainStage = value);
        binder.forField(employerNeed).bind(form -> form.employerNeed, (form, value) -> form.employerNeed = value);
        binder.forField(appliesBy).withValidator(value -> !value.isEmpty(), texts.t("catalogue.admin.error.applies-by"))
                .bind(form -> form.appliesBy, (form, value) -> form.appliesBy = new java.util.LinkedHashSet<>(value));
        text(decidedBy, 300, false).bind(form -> form.decidedBy, (form, value) -> form.decidedBy = value);
        text(provider, 300, false).bind(form -> form.provider, (form, value) -> form.provider = value);
        binder.forField(funding).withValidator(java.util.Objects::nonNull, texts.t("catalogue.admin.error.choose"))
                .bind(form -> form.funding, (form, value) -> form.funding = value);

        binder.forField(amountKind).withValidator(java.util.Objects::nonNull, texts.t("catalogue.admin.error.choose"))
                .bind(form -> form.amountKind, (form, value) -> form.amountKind = value);
        amountBindings.add(binder.forField(euro)
                .withValidator(value -> value == null || value.signum() > 0, texts.t("catalogue.admin.error.positive"))
                .withValidator(value -> !withFigures() || value != null || maximumEuro.getValue() != null || !loaded.tiers.isEmpty(),
                        texts.t("catalogue.admin.error.amount-required"))
                .withValidator(value -> value == null || (minimumEuro.getValue() == null && maximumEuro.getValue() == null),
                        texts.t("catalogue.admin.error.amount-exact-or-range"))
                .withValidator(value -> value == null || withFigures(), texts.t("catalogue.admin.error.amount-not-for-kind"))
                .bind(form -> form.euro, (form, value) -> form.euro = value));
        amountBindings.add(binder.forField(minimumEuro)
                .withValidator(value -> value == null || value.signum() > 0, texts.t("catalogue.admin.error.positive"))
                .withValidator(value -> value == null || maximumEuro.getValue() != null, texts.t("catalogue.admin.error.minimum-needs-maximum"))
                .withValidator(value -> value == null || maximumEuro.getValue() == null || value.compareTo(maximumEuro.getValue()) <= 0,
                        texts.t("catalogue.admin.error.minimum-above-maximum"))
                .withValidator(value -> value == null || withFigures(), texts.t("catalogue.admin.error.amount-not-for-kind"))
                .bind(form -> form.minimumEuro, (form, value) -> form.minimumEuro = value));
        binder.forField(maximumEuro)
                .withValidator(value -> value == null || value.signum() > 0, texts.t("catalogue.admin.error.positive"))
                .withValidator(value -> value == null || withFigures(), texts.t("catalogue.admin.error.amount-not-for-kind"))
                .bind(form -> form.maximumEuro, (form, value) -> form.maximumEuro = value);
        amountBindings.add(binder.forField(percentageWml)
                .withValidator(value -> amountKind.getValue() != AmountKind.PERCENTAGE_WML || value != null,
                        texts.t("catalogue.admin.error.percentage-required"))
                .withValidator(value -> value == null || (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0),
                        texts.t("catalogue.admin.error.percentage-range"))
                .bind(form -> form.percentageWml, (form, value) -> form.percentageWml = value));
        text(amountNote, 1000, false).bind(form -> form.amountNote, (form, value) -> form.amountNote = value);
        binder.forField(hideAmounts).bind(form -> form.hideAmountsFromEmployers, (form, value) -> form.hideAmountsFromEmployers = value);

        binder.forField(durationMonths)
                .withValidator(value -> value == null || (value >= 1 && value <= 120), texts.t("catalogue.admin.error.range", 1, 120))
                .bind(form -> form.durationMonths, (form, value) -> form.durationMonths = value);
        weeksBinding = binder.forField(durationWeeks)
                .withValidator(value -> value == null || (value >= 1 && value <= 520), texts.t("catalogue.admin.error.range", 1, 520))
                .withValidator(value -> value == null || durationMonths.getValue() == null, texts.t("catalogue.admin.error.months-or-weeks"))
                .bind(form -> form.durationWeeks, (form, value) -> form.durationWeeks = value);
        text(durationNote, 500, false).bind(form -> form.durationNote, (form, value) -> form.durationNote = value);
        text(capacity, 500, false).bind(form -> form.capacity, (form, value) -> form.capacity = value);

        binder.forField(minAge).withValidator(value -> value == null || (value >= 0 && value <= 120), texts.t("catalogue.admin.error.range", 0, 120))
                .bind(form -> form.minAge, (form, value) -> form.minAge = value);
        maxAgeBinding = binder.forField(maxAge).withValidator(value -> value == null || (value >= 0 && value <= 120), texts.t("catalogue.admin.error.range", 0, 120))
                .withValidator(value -> value == null || minAge.getValue() == null || minAge.getValue() <= value,
                        texts.t("catalogue.admin.error.age-order"))
                .bind(form -> form.maxAge, (form, value) -> form.maxAge = value);
        binder.forField(benefitTypes).bind(form -> form.benefitTypes, (form, value) -> form.benefitTypes = new java.util.LinkedHashSet<>(value));
        binder.forField(doelgroepregister).bind(form -> form.doelgroepregisterRequired, (form, value) -> form.doelgroepregisterRequired = value);
        binder.forField(beschutWerk).bind(form -> form.beschutWerkIndicationRequired, (form, value) -> form.beschutWerkIndicationRequired = value);
        binder.forField(minContractMonths).withValidator(value -> value == null || (value >= 1 && value <= 120), texts.t("catalogue.admin.error.range", 1, 120))
                .bind(form -> form.minContractMonths, (form, value) -> form.minContractMonths = value);
        binder.forField(minHoursPerWeek).withValidator(value -> value == null || (value >= 1 && value <= 60), texts.t("catalogue.admin.error.range", 1, 60))
                .bind(form -> form.minHoursPerWeek, (form, value) -> form.minHoursPerWeek = value);
        binder.forField(fullOutflow).bind(form -> form.fullOutflowRequired, (form, value) -> form.fullOutflowRequired = value);
        text(conditionsText, 2000, false).bind(form -> form.conditionsText, (form, value) -> form.conditionsText = value);
        text(requestDeadline, 500, false).bind(form -> form.requestDeadline, (form, value) -> form.requestDeadline = value);
        text(decisionTerm, 500, false).bind(form -> form.decisionTerm, (form, value) -> form.decisionTerm = value);
        binder.forField(requiredDocuments)
                .withValidator(value -> value.lines().allMatch(line -> line.strip().length() <= 300), texts.t("catalogue.admin.error.too-long", 300))
                .bind(form -> form.requiredDocuments, (form, value) -> form.requiredDocuments = value);
        binder.forField(validFrom).asRequired(texts.t("catalogue.admin.error.required"))
                .bind(form -> form.validFrom, (form, value) -> form.validFrom = value);
        validToBinding = binder.forField(validTo)
                .withValidator(value -> value == null || validFrom.getValue() == null || !value.isBefore(validFrom.getValue()),
                        texts.t("catalogue.admin.error.end-before-start"))
                .bind(form -> form.validTo, (form, value) -> form.validTo = value);
        binder.forField(changeFrom)
                .withValidator(value -> isNew() || value != null, texts.t("catalogue.admin.error.required"))
                .bind(form -> form.changeFrom, (form, value) -> form.changeFrom = value);
        text(changeNote, 500, true).bind(form -> form.changeNote, (form, value) -> form.changeNote = value);
    }

    private Binder.BindingBuilder<InstrumentForm, String> text(HasValue<?, String> field, int max, boolean required) {
        Binder.BindingBuilder<InstrumentForm, String> builder = binder.forField(field);
        if (required) {
            builder = builder.withValidator(value -> value != null && !value.isBlank(), texts.t("catalogue.admin.error.required"));
            if (field instanceof com.vaadin.flow.component.HasValueAndElement<?, ?> withIndicator) {
                withIndicator.setRequiredIndicatorVisible(true);
            }
        }
        return builder.withValidator(value -> value == null || value.strip().length() <= max, texts.t("catalogue.admin.error.too-long", max));
    }

    private boolean withFigures() {
        AmountKind kind = amountKind.getValue();
        return kind == AmountKind.EENMALIG || kind == AmountKind.PER_MAAND || kind == AmountKind.PER_JAAR;
    }

    private boolean isNew() {
        return entry == null;
    }

    // --- layout -----------------------------------------------------------------------------------------------------

    private void layout() {
        heading.setId("edit-title");
        scope.setId("edit-scope");
        status.setId("save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        localFieldComponents.put(LocalField.AMOUNT, List.of(amountKind, euro, minimumEuro, maximumEuro, percentageWml, amountNote));
        localFieldComponents.put(LocalField.MAX_DURATION, List.of(durationMonths, durationWeeks, durationNote));
        localFieldComponents.put(LocalField.CONDITIONS, List.of(minAge, maxAge, benefitTypes, doelgroepregister, beschutWerk,
                minContractMonths, minHoursPerWeek, fullOutflow, conditionsText));
        localFieldComponents.put(LocalField.REQUEST_DEADLINE, List.of(requestDeadline));
        localFieldComponents.put(LocalField.DECISION_TERM, List.of(decisionTerm));
        localFieldComponents.put(LocalField.REQUIRED_DOCUMENTS, List.of(requiredDocuments));
        localFieldComponents.put(LocalField.PROVIDER, List.of(provider));
        localFieldComponents.put(LocalField.DECIDED_BY, List.of(decidedBy));
        localFieldComponents.put(LocalField.CAPACITY, List.of(capacity));
        localFieldComponents.put(LocalField.FUNDING, List.of(funding));
        localFieldComponents.put(LocalField.HIDE_AMOUNTS, List.of(hideAmounts));

        Button save = new Button(texts.t("catalogue.admin.save"), click -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setText(texts.t("catalogue.admin.back"));
        back.setId("back-to-list");

        Button retire = new Button(texts.t("catalogue.admin.retire"), click -> retire());
        retire.setId("retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retireSection.add(new H2(texts.t("catalogue.admin.retire-heading")),
                new Paragraph(texts.t("catalogue.admin.retire-intro")), retireOn, retire);

        history.setId("version-history");
        history.setAriaLabel(texts.t("catalogue.admin.history"));
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.of("Europe/Amsterdam"));
        history.addColumn(InstrumentVersion::versionNo).setHeader(texts.t("catalogue.admin.history.version")).setFlexGrow(0);
        history.addColumn(version -> texts.t("catalogue.admin.history.kind." + version.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(texts.t("catalogue.admin.kind"));
        history.addColumn(version -> texts.date(version.validFrom())).setHeader(texts.t("catalogue.admin.history.from"));
        history.addColumn(version -> version.validTo() == null ? "" : texts.date(version.validTo()))
                .setHeader(texts.t("catalogue.admin.history.until"));
        history.addColumn(version -> texts.t(version.fromFile() ? "catalogue.admin.history.file" : "catalogue.admin.history.admin"))
                .setHeader(texts.t("catalogue.admin.history.origin"));
        history.addColumn(InstrumentVersion::createdBy).setHeader(texts.t("catalogue.admin.history.by"));
        history.addColumn(version -> moment.format(version.createdAt())).setHeader(texts.t("catalogue.admin.history.at"));
        history.addColumn(InstrumentVersion::changeNote).setHeader(texts.t("catalogue.admin.history.note")).setFlexGrow(3);
        history.setAllRowsVisible(true);

        add(back, heading, scope,
                section("catalogue.admin.section.general", code, name, shortDescription, description, source, goals,
                        targetGroups, targetGroupText, chainStage, employerNeed),
                section("catalogue.admin.section.request", appliesBy, decidedBy, provider, funding, requestDeadline,
                        decisionTerm, requiredDocuments),
                section("catalogue.admin.section.amount", amountKind, euro, minimumEuro, maximumEuro, percentageWml, amountNote,
                        tiers, hideAmounts),
                section("catalogue.admin.section.duration", durationMonths, durationWeeks, durationNote, capacity),
                section("catalogue.admin.section.conditions", minAge, maxAge, benefitTypes, doelgroepregister, beschutWerk,
                        minContractMonths, minHoursPerWeek, fullOutflow, conditionsText),
                section("catalogue.admin.section.change", validFrom, validTo, changeFrom, changeNote),
                save, status, retireSection,
                new H2(texts.t("catalogue.admin.history")), history);
    }

    private Section section(String headingKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field instanceof CheckboxGroup<?> || field instanceof Paragraph) {
                form.setColspan(field, 2);
            }
        }
        Section section = new Section(new H2(texts.t(headingKey)), form);
        section.addClassName("catalogue-form-section");
        return section;
    }

    // --- loading ----------------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = directory.require(currentTenant.require());
        back.setHref(CatalogueRoutes.adminList(tenant.id()));
        String requested = event.getRouteParameters().get("code").orElse("");
        if (requested.equals(NEW)) {
            entry = null;
            regional = null;
            InstrumentForm form = new InstrumentForm();
            form.validFrom = LocalDate.now();
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
        form.changeFrom = LocalDate.now();
        show(form);
        title = texts.t("catalogue.admin.edit-title", found.content().name());
        heading.setText(title);
        history.setItems(administration.history(found.code()));
    }

    private void show(InstrumentForm form) {
        loaded = form;
        binder.readBean(form);
        boolean isNew = isNew();
        boolean isRegional = entry != null && entry.regional();
        code.setReadOnly(!isNew);
        changeFrom.setVisible(!isNew);
        retireSection.setVisible(!isNew && !isRegional);
        history.setVisible(!isNew);
        tiers.setText(form.tiers.isEmpty() ? "" : texts.t("catalogue.admin.tiers", texts.amount(form.amount(), false)));
        tiers.setVisible(!form.tiers.isEmpty());
        Set<LocalField> allowed = entry == null ? Set.of() : entry.localFields();
        for (Component field : binder.getFields().map(f -> (Component) f).toList()) {
            boolean editable = !isRegional || field == changeFrom || field == changeNote
                    || localFieldComponents.entrySet().stream().anyMatch(e -> allowed.contains(e.getKey()) && e.getValue().contains(field));
            if (field instanceof HasValue<?, ?> value && field != code) {
                value.setReadOnly(!editable);
            }
        }
        if (isRegional) {
            scope.setText(texts.t("catalogue.admin.scope.regional", tenant.shortName(),
                    allowed.isEmpty() ? texts.t("catalogue.admin.scope.nothing") : texts.labels(allowed)));
            validFrom.setReadOnly(true);
            validTo.setReadOnly(true);
        } else {
            scope.setText(texts.t(isNew ? "catalogue.admin.scope.new" : "catalogue.admin.scope.local", tenant.shortName()));
        }
        if (entry != null) {
            for (LocalField field : entry.setLocally()) {
                for (Component component : localFieldComponents.getOrDefault(field, List.of())) {
                    helper(component, texts.t("catalogue.admin.set-locally", tenant.shortName()));
                }
            }
        }
        status.setText("");
    }

    // --- saving -----------------------------------------------------------------------------------------------------

    private void save() {
        triedToSave = true;
        InstrumentForm target = new InstrumentForm();
        target.code = loaded.code;
        BinderValidationStatus<InstrumentForm> validation = binder.validate();
        if (!validation.isOk()) {
            status.setText(texts.t("catalogue.admin.invalid"));
            return;
        }
        try {
            binder.writeBean(target);
        } catch (ValidationException e) {
            status.setText(texts.t("catalogue.admin.invalid"));
            return;
        }
        target.tiers = loaded.tiers;
        target.sources = loaded.sources;
        try {
            CatalogueEntry saved;
            if (entry == null) {
                saved = administration.create(target.code, target.content(), target.changeNote.strip());
                getUI().ifPresent(ui -> ui.navigate(CatalogueRoutes.admin(tenant.id(), saved.code())));
                return;
            }
            if (entry.regional() && regional != null) {
                saved = administration.setLocalValues(entry.code(),
                        target.override(regional.content(), entry.localFields(), target.changeFrom), target.changeNote.strip());
            } else {
                saved = administration.update(entry.code(), target.content(), target.changeFrom, target.changeNote.strip());
            }
            load(saved);
            status.setText(texts.t("catalogue.admin.saved", texts.date(target.changeFrom)));
        } catch (CatalogueChangeRejected rejected) {
            FieldProblem first = rejected.problems().getFirst();
            status.setText(texts.t("catalogue.admin.rejected", first.field(), first.message()));
        }
    }

    private void retire() {
        if (entry == null || retireOn.getValue() == null) {
            retireOn.setInvalid(true);
            retireOn.setErrorMessage(texts.t("catalogue.admin.error.required"));
            return;
        }
        if (changeNote.getValue().isBlank()) {
            changeNote.setInvalid(true);
            changeNote.setErrorMessage(texts.t("catalogue.admin.error.required"));
            status.setText(texts.t("catalogue.admin.invalid"));
            return;
        }
        try {
            CatalogueEntry saved = administration.retire(entry.code(), retireOn.getValue(), changeNote.getValue().strip());
            load(saved);
            status.setText(texts.t("catalogue.admin.retired", texts.date(retireOn.getValue())));
        } catch (CatalogueChangeRejected rejected) {
            retireOn.setInvalid(true);
            retireOn.setErrorMessage(texts.t("catalogue.admin.error.retire-before-start"));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("app.name");
    }
}
