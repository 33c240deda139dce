package nl.werkbrug.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Conditions of an instrument: the rules that can be checked against a person's facts, and the rest in words.
 * The maximum duration is in {@link MaxDuration}.
 *
 * @param minAge                        youngest age allowed
 * @param maxAge                        oldest age allowed
 * @param benefitTypes                  the person must receive one of these benefits (empty: no such rule)
 * @param doelgroepregisterRequired     registration in the doelgroepregister (banenafspraak) on the reference date
 * @param beschutWerkIndicationRequired a positive UWV advice for beschut werk
 * @param minContractMonths             the employment contract lasts at least this many months
 * @param minHoursPerWeek               the contract has at least this many hours per week
 * @param fullOutflowRequired           the person leaves the benefit completely
 * @param text                          conditions that cannot be checked automatically
 */
public record Conditions(@Nullable @Min(0) @Max(120) Integer minAge,
                         @Nullable @Min(0) @Max(120) Integer maxAge,
                         List<@NotNull BenefitType> benefitTypes,
                         boolean doelgroepregisterRequired,
                         boolean beschutWerkIndicationRequired,
                         @Nullable @Min(1) @Max(120) Integer minContractMonths,
                         @Nullable @Min(1) @Max(60) Integer minHoursPerWeek,
                         boolean fullOutflowRequired,
                         @Nullable @Size(max = 2000) String text) {

    public static final Conditions NONE = new Conditions(null, null, List.of(), false, false, null, null, false, null);

    public Conditions {
        benefitTypes = benefitTypes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(benefitTypes));
    }

    public boolean isEmpty() {
        return equals(NONE) || (!hasRules() && (text == null || text.isBlank()));
    }

    /** Whether any rule can be checked against a person's facts. */
    public boolean hasRules() {
        return minAge != null || maxAge != null || !benefitTypes.isEmpty() || doelgroepregisterRequired
                || beschutWerkIndicationRequired || minContractMonths != null || minHoursPerWeek != null
                || fullOutflowRequired;
    }

    /** Problems that single-field constraints cannot see; the fields are under {@code path}. */
    List<FieldProblem> problems(String path) {
        List<FieldProblem> problems = new ArrayList<>();
        if (minAge != null && maxAge != null && minAge > maxAge) {
            problems.add(FieldProblem.of(path + ".maxAge", "catalogue.admin.error.age-order"));
        }
        return problems;
    }
}
