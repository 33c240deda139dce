package nl.werkbrug.casework.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import nl.werkbrug.shared.InvalidInputException;

/** Shows the domain's problems at the fields of a small form that has no binder (the subsidy case sections). */
final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the field each problem names ({@code fieldOf} maps the problem's field to it) with its message. */
    static void show(Component view, InvalidInputException invalid, Function<String, HasValidation> fieldOf) {
        invalid.problems().forEach(problem -> {
            HasValidation field = fieldOf.apply(problem.field());
            field.setErrorMessage(view.getTranslation(problem.messageKey(), problem.args().toArray()));
            field.setInvalid(true);
        });
    }
}
