package nl.werkbrug.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether one instrument applies to a person.
 *
 * @param code     the instrument
 * @param name     its Dutch name
 * @param version  the catalogue version judged against; a decision later points to it
 * @param outcome  applies, does not apply, or cannot be decided with the facts given
 * @param reasons  why it does not apply, or which facts are missing
 * @param toCheck  conditions in words that a consultant must still check (also when it applies)
 * @param applyElsewhere where it is applied for when not at the municipality (UWV, Belastingdienst)
 */
public record Applicability(String code, String name, VersionRef version, Outcome outcome, List<Reason> reasons,
                            @Nullable String toCheck, @Nullable ApplyElsewhere applyElsewhere) {

    public Applicability {
        reasons = List.copyOf(reasons);
    }

    public enum Outcome {
        /** Every rule that can be checked is met. */
        APPLIES,
        /** At least one rule is not met; see the reasons. */
        DOES_NOT_APPLY,
        /** No rule fails, but a fact needed for a rule is unknown. */
        UNKNOWN
    }
}
