package nl.werkbrug.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import nl.werkbrug.shared.FieldProblem;

/**
 * Shows the domain's problems where they belong: each {@link FieldProblem} at the field registered under its path
 * (the first problem per field), the others in the form's message, with the form-level text in front. The view
 * states no rule itself; it only knows which field shows which path.
 */
public final class ProblemFields {

    private final Component owner;
    private final HasText message;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * @param owner   a component of the view, for its translations
     * @param message where the form-level text and problems without a field go
     */
    public ProblemFields(Component owner, HasText message) {
        this.owner = owner;
        this.message = message;
    }

    /** Problems whose field path is {@code path} are shown at {@code field}. */
    public <F extends HasValidation> F add(String path, F field) {
        fields.put(path, field);
        return field;
    }

    /**
     * Marks every field with a problem and clears the others; with problems the message says {@code invalidKey}
     * and lists those no field shows. Nothing the user typed is touched.
     *
     * @return whether there were no problems
     */
    public boolean show(List<FieldProblem> problems, String invalidKey) {
        List<String> elsewhere = mark(problems);
        if (problems.isEmpty()) {
            message.setText("");
            return true;
        }
        List<String> lines = new ArrayList<>(List.of(owner.getTranslation(invalidKey)));
        lines.addAll(elsewhere);
        message.setText(String.join(" ", lines));
        return false;
    }

    /**
     * Marks every field with a problem (the first per field) and clears the others, leaving the form's message
     * alone: for checking while the user types.
     *
     * @return the texts of the problems no field shows
     */
    public List<String> mark(List<FieldProblem> problems) {
        Map<HasValidation, FieldProblem> shown = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.add(text(problem));
            } else {
                shown.putIfAbsent(field, problem);
            }
        }
        fields.values().stream().distinct().forEach(field -> {
            FieldProblem problem = shown.get(field);
            field.setErrorMessage(problem == null ? null : text(problem));
            field.setInvalid(problem != null);
        });
        return elsewhere;
    }

    /**
     * Shows the required mark at the fields of {@code required} (paths; the domain says which: the fields an empty
     * form is told to fill) and takes it from the others.
     */
    public void markRequired(java.util.Collection<String> required) {
        fields.forEach((path, field) -> {
            if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setRequiredIndicatorVisible(required.contains(path));
            }
        });
    }

    /** Moves the focus to the first field that shows a problem, so a keyboard user lands where to correct. */
    public void focusFirst() {
        fields.values().stream().filter(HasValidation::isInvalid).filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /** The problem in the user's language. */
    public String text(FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
