package nl.werkbrug.pool;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;

/** The name a user gives a search to save it. */
public record SavedSearchName(@NotBlank(message = "{pool.error.saved-name}")
                              @Size(max = 100, message = "{pool.error.saved-name-long}") String name) {

    public List<FieldProblem> problems() {
        return BeanRules.problems(this);
    }
}
