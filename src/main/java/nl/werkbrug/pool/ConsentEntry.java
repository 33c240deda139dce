package nl.werkbrug.pool;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The candidate's consent for one audience as the consultant records it: for what purpose and how it was given.
 * A withdrawal is recorded the same way, its purpose saying why (or "op verzoek van de kandidaat").
 */
public record ConsentEntry(@NotNull(message = "{pool.error.audience}") @Nullable Audience audience,
                           @NotBlank(message = "{pool.error.purpose}") @Size(max = 300, message = "{pool.error.purpose-long}") String purpose,
                           @NotNull(message = "{pool.error.basis}") @Nullable ConsentBasis basis) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new java.util.ArrayList<>(BeanRules.problems(this));
        if (audience == Audience.REQUESTER) {
            problems.add(FieldProblem.of("audience", "pool.error.audience"));
        }
        return problems;
    }
}
