package nl.werkbrug.casework.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.shared.Labelled;
import nl.werkbrug.shared.ui.DutchDatePicker;
import nl.werkbrug.shared.ui.FormSection;
import nl.werkbrug.shared.ui.ProblemFields;
import org.jspecify.annotations.Nullable;

/**
 * A form of a candidate's file that adds or changes one thing through {@link nl.werkbrug.candidates.CandidateFiles}.
 * The form binds what is typed to a small bean; on save the service judges it and the problems it names are shown
 * at their fields, with everything typed kept. After a save the file is shown again.
 *
 * @param <B> what the form holds while the consultant types
 */
abstract class FileEntryForm<B> extends FormSection<B> {

    /** The binder, the problems and the form's message, made before the form itself. */
    record Parts<B>(Binder<B> binder, ProblemFields problems, Paragraph message) {

        static <B> Parts<B> create() {
            Paragraph message = new Paragraph();
            return new Parts<>(new Binder<>(), new ProblemFields(message, message), message);
        }
    }

    protected final FileContext context;
    private final Parts<B> parts;
    private final Supplier<B> fresh;
    private final String savedKey;

    /**
     * @param name     the form's id (its save button is {@code <id>-save}) and heading, which its section shows
     *                 ({@link FilePart#whenOpen}, {@link FilePart#headed})
     * @param fresh    what the form holds at first
     * @param savedKey the text shown once saved
     */
    FileEntryForm(FileContext context, Parts<B> parts, OnDemandForm.Name name, Supplier<B> fresh, String savedKey) {
        super(parts.binder(), parts.problems(), null);
        this.context = context;
        this.parts = parts;
        this.fresh = fresh;
        this.savedKey = savedKey;
        setId(name.id());
        parts.binder().readBean(fresh.get());
    }

    /** Adds the message and the save button; the subclass calls it after adding its fields. */
    protected void finish(String saveKey) {
        Paragraph message = parts.message();
        message.setId(getId().orElseThrow() + "-message");
        message.addClassName("werkbrug-form-error");
        message.getElement().setAttribute("role", "alert");
        add(message);
        Button save = new Button(getTranslation(saveKey), click -> save());
        save.setId(getId().orElseThrow() + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(save);
    }

    /** Problems for {@code path} are shown at {@code field} too (a field showing several paths). */
    protected void alsoShow(String path, com.vaadin.flow.component.HasValidation field) {
        parts.problems().add(path, field);
    }

    /** Hands the typed bean to the service; the domain's answer is the changed file, or the problems. */
    protected abstract CandidateFileDetail save(B typed);

    private void save() {
        B typed = fresh.get();
        parts.binder().writeBeanAsDraft(typed, true);
        try {
            CandidateFileDetail changed = save(typed);
            parts.problems().show(List.of(), "form.check-fields");
            context.then(savedKey).accept(changed);
        } catch (InvalidInputException invalid) {
            parts.problems().show(invalid.problems(), "form.check-fields");
            parts.problems().focusFirst();
        }
    }

    protected DatePicker date(String id, String labelKey, String path, ValueProvider<B, @Nullable LocalDate> getter,
                              Setter<B, @Nullable LocalDate> setter) {
        return bind(DutchDatePicker.create(this, id, labelKey), path, getter, setter);
    }

    protected TextField text(String id, String labelKey, @Nullable String path, ValueProvider<B, String> getter,
                             Setter<B, String> setter) {
        return labelled(new TextField(), id, labelKey, path, getter, setter);
    }

    protected TextArea area(String id, String labelKey, @Nullable String path, ValueProvider<B, String> getter,
                            Setter<B, String> setter) {
        return labelled(new TextArea(), id, labelKey, path, getter, setter);
    }

    protected IntegerField integer(String id, String labelKey, String path, ValueProvider<B, @Nullable Integer> getter,
                                   Setter<B, @Nullable Integer> setter) {
        IntegerField field = labelled(new IntegerField(), id, labelKey, path, getter, setter);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("form.not-a-whole-number")));
        return field;
    }

    /** A choice from a vocabulary, labelled in the user's language. */
    protected <E extends Enum<E> & Labelled> Select<E> choice(String id, String labelKey, @Nullable String path, E[] values,
                                                              ValueProvider<B, @Nullable E> getter, Setter<B, @Nullable E> setter) {
        Select<E> select = named(labelled(new Select<>(), id, labelKey, path, getter, setter));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        return select;
    }

    /** A select whose options are labelled; its list of options carries the select's label as its name. */
    protected <T> Select<T> select(String id, String labelKey, String path, ValueProvider<B, @Nullable T> getter,
                                   Setter<B, @Nullable T> setter) {
        return named(labelled(new Select<>(), id, labelKey, path, getter, setter));
    }

    /**
     * Gives the select's list of options (in its overlay) the select's label as accessible name: Vaadin leaves the
     * list box unnamed, which axe-core reports while the select is open.
     */
    static <S extends Select<?>> S named(S select) {
        String name = select.getLabel();
        java.util.ArrayDeque<com.vaadin.flow.dom.Element> todo = new java.util.ArrayDeque<>(List.of(select.getElement()));
        while (!todo.isEmpty()) {
            com.vaadin.flow.dom.Element element = todo.pop();
            if ("vaadin-select-list-box".equals(element.getTag())) {
                element.setAttribute("aria-label", name == null ? "" : name);
            }
            element.getChildren().forEach(todo::push);
        }
        return select;
    }

    /** Several choices from a vocabulary. */
    protected <E extends Enum<E> & Labelled> CheckboxGroup<E> choices(String id, String labelKey, @Nullable String path,
                                                                      E[] values, ValueProvider<B, Set<E>> getter,
                                                                      Setter<B, Set<E>> setter) {
        CheckboxGroup<E> group = labelled(new CheckboxGroup<>(), id, labelKey, path, getter, setter);
        group.setItems(values);
        group.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        return group;
    }
}
