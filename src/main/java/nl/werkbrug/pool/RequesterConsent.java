package nl.werkbrug.pool;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The candidate's consent to be introduced to one requester, as the owning consultant records it: for what purpose
 * (the vacancy or the requester's message) and how it was given. Written to the consent ledger for that requester.
 */
public record RequesterConsent(@NotBlank(message = "{pool.error.purpose}") @Size(max = 300, message = "{pool.error.purpose-long}") String purpose,
                               @NotNull(message = "{pool.error.basis}") @Nullable ConsentBasis basis) {

    public List<FieldProblem> problems() {
        return BeanRules.problems(this);
    }
}
