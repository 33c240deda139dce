package nl.werkbrug.pool.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.employer.Occupation;
import nl.werkbrug.employer.Occupations;
import nl.werkbrug.pool.OccupationScope;
import nl.werkbrug.pool.PoolQuery;
import nl.werkbrug.pool.SupportSignal;
import nl.werkbrug.shared.Labelled;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a pool search, bound to a {@link Form} and read as a {@link PoolQuery}; the query's problems show
 * at their fields through {@link ProblemFields}.
 */
class PoolSearchFilters extends Composite<FormLayout> {

    /** What the fields hold, as the binder writes it. */
    static final class Form {
        @Nullable Occupation occupation;
        OccupationScope scope = OccupationScope.BEROEPSGROEP;
        String skills = "";
        @Nullable Integer minHours;
        @Nullable Integer maxHours;
        String postcodeArea = "";
        @Nullable Integer withinKm;
        @Nullable Integer minRung;
        @Nullable Integer maxRung;
        Set<SupportSignal> signals = Set.of();
        @Nullable LocalDate availableBy;
        @Nullable EducationLevel minEducation;
        boolean drivingLicence;
        String text = "";

        PoolQuery query() {
            return new PoolQuery(occupation == null ? null : occupation.iscoCode(), scope,
                    Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), minHours,
                    maxHours, postcodeArea, withinKm, minRung, maxRung, signals, availableBy, minEducation,
                    drivingLicence, text);
        }
    }

    private final Binder<Form> binder = new Binder<>();
    private final Occupations occupations;
    private Form form = new Form();

    PoolSearchFilters(Occupations occupations, ProblemFields problems) {
        this.occupations = occupations;
        ComboBox<Occupation> occupation = new ComboBox<>(getTranslation("pool.filter.occupation"));
        occupation.setId("pool-occupation");
        occupation.setItems(occupations.all());
        occupation.setItemLabelGenerator(Occupation::label);
        occupation.setClearButtonVisible(true);
        Select<OccupationScope> scope = select("pool-scope", "pool.filter.scope", List.of(OccupationScope.values()));
        scope.setEmptySelectionAllowed(false);
        scope.setItemLabelGenerator(this::label);
        TextField skills = text("pool-skills", "pool.filter.skills");
        skills.setHelperText(getTranslation("pool.filter.skills.help"));
        IntegerField minHours = number("pool-min-hours", "pool.filter.min-hours");
        IntegerField maxHours = number("pool-max-hours", "pool.filter.max-hours");
        TextField area = text("pool-postcode", "pool.filter.postcode");
        area.setHelperText(getTranslation("pool.filter.postcode.help"));
        IntegerField km = number("pool-km", "pool.filter.km");
        List<Integer> rungs = IntStream.rangeClosed(1, 6).boxed().toList();
        Select<Integer> minRung = select("pool-min-rung", "pool.filter.min-rung", rungs);
        Select<Integer> maxRung = select("pool-max-rung", "pool.filter.max-rung", rungs);
        CheckboxGroup<SupportSignal> signals = new CheckboxGroup<>(getTranslation("pool.filter.signals"));
        signals.setId("pool-signals");
        signals.setItems(SupportSignal.values());
        signals.setItemLabelGenerator(this::label);
        DatePicker available = DutchDatePicker.create(this, "pool-available", "pool.filter.available");
        Select<EducationLevel> education = select("pool-education", "pool.filter.education",
                List.of(EducationLevel.values()));
        education.setItemLabelGenerator(this::label);
        Checkbox licence = new Checkbox(getTranslation("pool.filter.licence"));
        licence.setId("pool-licence");
        TextField text = text("pool-text", "pool.filter.text");
        text.setHelperText(getTranslation("pool.filter.text.help"));
        binder.forField(problems.add("iscoCode", occupation)).bind(f -> f.occupation, (f, v) -> f.occupation = v);
        binder.forField(scope).bind(f -> f.scope, (f, v) -> f.scope = v == null ? OccupationScope.BEROEPSGROEP : v);
        binder.forField(problems.add("skills", skills)).bind(f -> f.skills, (f, v) -> f.skills = v);
        binder.forField(problems.add("minHours", minHours)).bind(f -> f.minHours, (f, v) -> f.minHours = v);
        binder.forField(problems.add("maxHours", maxHours)).bind(f -> f.maxHours, (f, v) -> f.maxHours = v);
        binder.forField(problems.add("postcodeArea", area)).bind(f -> f.postcodeArea, (f, v) -> f.postcodeArea = v);
        binder.forField(problems.add("withinKm", km)).bind(f -> f.withinKm, (f, v) -> f.withinKm = v);
        binder.forField(problems.add("minRung", minRung)).bind(f -> f.minRung, (f, v) -> f.minRung = v);
        binder.forField(problems.add("maxRung", maxRung)).bind(f -> f.maxRung, (f, v) -> f.maxRung = v);
        binder.forField(signals).bind(f -> f.signals, (f, v) -> f.signals = v);
        binder.forField(available).bind(f -> f.availableBy, (f, v) -> f.availableBy = v);
        binder.forField(education).bind(f -> f.minEducation, (f, v) -> f.minEducation = v);
        binder.forField(licence).bind(f -> f.drivingLicence, (f, v) -> f.drivingLicence = v);
        binder.forField(problems.add("text", text)).bind(f -> f.text, (f, v) -> f.text = v);
        binder.setBean(form);
        FormLayout layout = getContent();
        layout.setId("pool-filters");
        layout.add(occupation, scope, skills, text, minHours, maxHours, area, km, minRung, maxRung, education,
                available, licence);
        layout.add(signals, 2);
    }

    PoolQuery query() {
        return form.query();
    }

    /** Shows a saved query in the fields. */
    void show(PoolQuery query) {
        Form shown = new Form();
        shown.occupation = query.iscoCode() == null ? null : occupations.find(query.iscoCode()).orElse(null);
        shown.scope = query.scope();
        shown.skills = String.join(", ", query.skills());
        shown.minHours = query.minHours();
        shown.maxHours = query.maxHours();
        shown.postcodeArea = query.postcodeArea() == null ? "" : query.postcodeArea();
        shown.withinKm = query.withinKm();
        shown.minRung = query.minRung();
        shown.maxRung = query.maxRung();
        shown.signals = query.signals();
        shown.availableBy = query.availableBy();
        shown.minEducation = query.minEducation();
        shown.drivingLicence = query.drivingLicence();
        shown.text = query.text();
        form = shown;
        binder.setBean(form);
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        return field;
    }

    private IntegerField number(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private <T> Select<T> select(String id, String labelKey, List<T> items) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("pool.filter.any"));
        return select;
    }

    private String label(@Nullable Labelled value) {
        return value == null ? getTranslation("pool.filter.any") : getTranslation(value.labelKey());
    }
}
