package nl.werkbrug.casework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.werkbrug.candidates.CaseloadFilter;
import nl.werkbrug.candidates.DoelgroepFlag;
import nl.werkbrug.candidates.Obstacle;
import nl.werkbrug.candidates.TrajectoryStatus;
import nl.werkbrug.shared.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The filters above a caseload, each labelled; every change is passed on as a whole {@link CaseloadFilter}. The
 * lists to choose from are combo boxes, whose options reach the browser when one is opened: as selects their 64
 * options were sent with every visit of the page, 37 % of its elements (issue 13, load test).
 */
class CaseloadFilters extends Composite<HorizontalLayout> {

    private final RadioButtonGroup<CaseloadFilter.Scope> scope = new RadioButtonGroup<>();
    private final TextField text = new TextField();
    private final ComboBox<Integer> rung;
    private final ComboBox<DoelgroepFlag> flag;
    private final ComboBox<Obstacle> obstacle;
    private final ComboBox<TrajectoryStatus> trajectory;
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
        rung = choice("caseload-rung", "caseload.filter.rung", IntStream.rangeClosed(0, 6).boxed().toList(),
                item -> getTranslation("candidates.rung." + item));
        flag = choice("caseload-flag", "caseload.filter.flag", Arrays.asList(DoelgroepFlag.values()), this::label);
        obstacle = choice("caseload-obstacle", "caseload.filter.obstacle", Arrays.asList(Obstacle.values()), this::label);
        trajectory = choice("caseload-trajectory", "caseload.filter.trajectory",
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

    /** A list to choose one from; empty (its placeholder says "all") it does not narrow the caseload. */
    private <T> ComboBox<T> choice(String id, String labelKey, List<T> items, ItemLabelGenerator<T> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setPlaceholder(getTranslation("caseload.filter.any"));
        box.setClearButtonVisible(true);
        return box;
    }

    private String label(Labelled value) {
        return getTranslation(value.labelKey());
    }
}
