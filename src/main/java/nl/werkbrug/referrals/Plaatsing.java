package nl.werkbrug.referrals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The placement an employer records when hiring a proposed candidate: the first working day, the hours per week and
 * the kind of contract. The start may lie up to a year back (the hire is recorded late) or ahead.
 */
public record Plaatsing(
        @NotNull(message = "{referral.error.start-required}") @Nullable LocalDate start,
        @NotNull(message = "{referral.error.hours-required}")
        @DecimalMin(value = "1", message = "{referral.error.hours}")
        @DecimalMax(value = "40", message = "{referral.error.hours}")
        @Digits(integer = 2, fraction = 1, message = "{referral.error.hours}") @Nullable BigDecimal hoursPerWeek,
        @NotNull(message = "{referral.error.contract-required}") @Nullable ContractType contractType) {

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (start != null && (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(1)))) {
            problems.add(FieldProblem.of("start", "referral.error.start-range"));
        }
        return problems;
    }
}
