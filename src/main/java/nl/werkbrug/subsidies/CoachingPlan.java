package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The plan of a jobcoaching request (issue 12), recorded by the consultant: the coaching goals, the period and the
 * hours per month as the labour expert (arbeidsdeskundige) or the jobcoach organisation judged them (in Twente "de
 * arbeidsdeskundige bepaalt tegelijkertijd met de loonwaardemeting de intensiteit van de job coaching", seed 003),
 * and the tariff per hour. Hours are granted per month, so the period runs in whole months.
 *
 * @param goals         what the coaching is to achieve
 * @param judgedBy      whose judgement sets the hours: the labour expert or the jobcoach organisation
 * @param from          first day of the coaching period
 * @param to            last day of the coaching period
 * @param hoursPerMonth hours of coaching per month
 * @param tariff        the tariff per hour; entered only where the catalogue gives none
 */
public record CoachingPlan(@NotBlank @Size(max = 2000) String goals,
                           @NotBlank @Size(max = 200) String judgedBy,
                           @NotNull LocalDate from,
                           @NotNull LocalDate to,
                           @NotNull @Positive @DecimalMax("200") BigDecimal hoursPerMonth,
                           @Nullable CoachTariff tariff) {

    /**
     * What the consultant typed, with the catalogue's tariff where it gives one: that tariff wins over a typed one.
     *
     * @throws nl.werkbrug.shared.InvalidInputException naming the fields when the plan breaks a rule
     */
    public static CoachingPlan of(@Nullable String goals, @Nullable String judgedBy, @Nullable LocalDate from,
                                  @Nullable LocalDate to, @Nullable BigDecimal hoursPerMonth,
                                  @Nullable BigDecimal enteredTariff, @Nullable BigDecimal catalogueTariff) {
        List<FieldProblem> problems = new ArrayList<>();
        if (catalogueTariff == null && enteredTariff == null) {
            problems.add(FieldProblem.of("tariff", "subsidy.error.coach-tariff-needed"));
        } else if (catalogueTariff == null && enteredTariff.signum() <= 0) {
            problems.add(FieldProblem.of("tariff", "subsidy.error.positive"));
        }
        CoachTariff tariff = catalogueTariff != null ? new CoachTariff(catalogueTariff, false)
                : enteredTariff != null && enteredTariff.signum() > 0 ? new CoachTariff(enteredTariff, true) : null;
        CoachingPlan plan = new CoachingPlan(strip(goals), strip(judgedBy), from, to, hoursPerMonth, tariff);
        problems.addAll(0, plan.problems());
        if (!problems.isEmpty()) {
            throw new nl.werkbrug.shared.InvalidInputException(problems);
        }
        return plan;
    }

    /** Every rule the plan breaks: its fields' constraints, and a period of whole months ending after it starts. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                problems.add(FieldProblem.of("to", "subsidy.error.end-before-start"));
            } else if (!from.plusMonths(months()).equals(to.plusDays(1))) {
                problems.add(FieldProblem.of("to", "subsidy.error.coach-whole-months", from.plusMonths(Math.max(1, months())).minusDays(1)));
            }
        }
        return problems;
    }

    /** Whole months of the period, counting its last day (1 February to 31 July: 6). */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** Hours per month times the tariff, in cents. */
    public BigDecimal monthlyAmount() {
        return hoursPerMonth.multiply(requireTariff().perHour()).setScale(2, RoundingMode.HALF_UP);
    }

    /** The monthly amount for every month of the period. */
    public BigDecimal total() {
        return monthlyAmount().multiply(BigDecimal.valueOf(months()));
    }

    /** The hours for the whole period. */
    public BigDecimal totalHours() {
        return hoursPerMonth.multiply(BigDecimal.valueOf(months()));
    }

    private CoachTariff requireTariff() {
        if (tariff == null) {
            throw new IllegalStateException("A recorded plan has a tariff");
        }
        return tariff;
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
