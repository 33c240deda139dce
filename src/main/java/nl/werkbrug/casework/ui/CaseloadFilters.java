package nl.werkbrug.casework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.TrajectoryStatus;
import nl.werkbrug.shared.Labelled;
import org.jspecify.annotations.Nullable;

/** The filters above a caseload, each labelled; every change is passed on as a whole {@link CaseloadFilter}. */
class CaseloadFilters extends Composite<HorizontalLayout> {

    private final RadioButtonGroup<CaseloadFilter.Scope> scope = new RadioButtonGroup<>();
    private final TextField text = new TextField();
    private final Select<Integer> rung;
    private final Select<DoelgroepFlag> flag;
    private final Select<Obstacle> obstacle;
    private final Select<TrajectoryStatus> trajectory;
    private final Checkbox notSeen = new Checkbox();
    private final Checkbox withClosed = new Checkbox(false);
    private boolean quiet;

    CaseloadFilters(Consumer<CaseloadFilter> onChange) {
        scope.setId("caseload-scope");
        scope.setLabel(getTranslation("caseload.filter.scope"));
        scope.setItems(CaseloadFilter.Scope.values());
        scope.setItemLabelGenerator(item -> getTranslation("caseload.filter.scope." + item.name().toLowerCase(Locale.ROOT)));
        scope.setValue(CaseloadFilter.Scope.MINE);
        text.setId("caseload-text");
        text.setLabel(getTranslation("caseload.filter.text"));
        text.setHelperText(getTranslation("caseload.filter.text.help"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        rung = select("caseload-rung", "caseload.filter.rung", IntStream.rangeClosed(0, 6).boxed().toList(),
                item -> getTranslation("candidates.rung." + item));
        flag = select("caseload-flag", "caseload.filter.flag", Arrays.asList(DoelgroepFlag.values()), this::label);
        obstacle = select("caseload-obstacle", "caseload.filter.obstacle", Arrays.asList(Obstacle.values()), this::label);
        trajectory = select("caseload-trajectory", "caseload.filter.trajectory",
                Arrays.asList(TrajectoryStatus.values()), this::label);
        notSeen.setId("caseload-not-seen");
        withClosed.setId("caseload-closed");
        withClosed.setLabel(getTranslation("caseload.filter.closed"));
        List.<HasValue<?, ?>>of(scope, text, rung, flag, obstacle, trajectory, notSeen, withClosed).forEach(field ->
                field.addValueChangeListener(event -> {
                    if (!quiet) {
                        onChange.accept(value());
                    }
                }));
        HorizontalLayout layout = getContent();
        layout.setId("caseload-filters");
        layout.setWrap(true);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        layout.add(scope, text, rung, flag, obstacle, trajectory, notSeen, withClosed);
    }

    /** The municipality's contact interval: without one, "not seen" cannot be asked and says why. */
    void setContactInterval(@Nullable Integer weeks) {
        notSeen.setEnabled(weeks != null);
        notSeen.setLabel(weeks == null ? getTranslation("caseload.filter.not-seen.none")
                : getTranslation("caseload.filter.not-seen", weeks));
    }

    CaseloadFilter value() {
        return new CaseloadFilter(scope.getValue() == null ? CaseloadFilter.Scope.MINE : scope.getValue(),
                text.getValue().isBlank() ? null : text.getValue().strip(), rung.getValue(), flag.getValue(),
                obstacle.getValue(), notSeen.isEnabled() && notSeen.getValue(), trajectory.getValue(),
                withClosed.getValue());
    }

    /** Shows a filter without passing it on. */
    void setValue(CaseloadFilter filter) {
        quiet = true;
        try {
            scope.setValue(filter.scope());
            text.setValue(filter.text() == null ? "" : filter.text());
            rung.setValue(filter.rung());
            flag.setValue(filter.flag());
            obstacle.setValue(filter.obstacle());
            trajectory.setValue(filter.trajectory());
            notSeen.setValue(filter.notSeen() && notSeen.isEnabled());
            withClosed.setValue(filter.withClosed());
        } finally {
            quiet = false;
        }
    }

    /** Narrows the list to one rung, as a click on a rung's figure asks. */
    void showRung(int value) {
        rung.setValue(value);
    }

    private <T> Select<T> select(String id, String labelKey, List<T> items, Function<T, String> label) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("caseload.filter.any"));
        select.setItemLabelGenerator(item -> item == null ? getTranslation("caseload.filter.any") : label.apply(item));
        return select;
    }

    private String label(Labelled value) {
        return getTranslation(value.labelKey());
    }
}
