package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import nl.werkbrug.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Loonkostensubsidie (Participatiewet art. 10d): the difference between the statutory minimum wage and the
 * employee's wage value (loonwaarde), at most 70% of the minimum wage, plus a fixed allowance for employer costs of
 * 23.5% of that amount (Regeling loonkostensubsidie, since 1 January 2018). Calculated per month for the contract
 * hours; the minimum wage of the month's first day applies. For employees under 21 the wage base is the youth
 * minimum wage ({@link MinimumWages}); the loonwaarde is the one a loonwaardemeting established ({@link Loonwaardemeting}).
 */
public final class Loonkostensubsidie {

    static final BigDecimal MAXIMUM_SHARE_OF_WML = new BigDecimal("0.70");
    static final BigDecimal EMPLOYER_COSTS_ALLOWANCE = new BigDecimal("0.235");
    private static final BigDecimal WEEKS_PER_MONTH = new BigDecimal("52").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * @param minimumWageForHours WML for the contract hours in the month
     * @param wageGap             WML minus the wage value, before the cap
     * @param subsidy             the wage part of the subsidy: the gap, capped at 70% of the WML
     * @param employerCosts       the allowance for employer costs, 23.5% of the subsidy
     * @param total               subsidy plus allowance, per month
     * @param capped              whether the 70% cap applied
     */
    public record Calculation(BigDecimal minimumWageForHours, BigDecimal wageGap, BigDecimal subsidy,
                              BigDecimal employerCosts, BigDecimal total, boolean capped) {
    }

    private final MinimumWages minimumWages;

    public Loonkostensubsidie(MinimumWages minimumWages) {
        this.minimumWages = minimumWages;
    }

    /**
     * @param month              any day of the month to calculate
     * @param hoursPerWeek       contract hours per week (more than 0, at most 60)
     * @param loonwaardePercent  the established wage value as a percentage of full productivity (0 to 100)
     */
    public Calculation perMonth(LocalDate month, BigDecimal hoursPerWeek, BigDecimal loonwaardePercent) {
        return calculate(minimumWages.hourlyOn(month.withDayOfMonth(1)), hoursPerWeek, loonwaardePercent);
    }

    /**
     * One stretch of the granted period with one minimum wage and one loonwaarde.
     *
     * @param hourlyMinimumWage the employee's minimum wage per hour (youth percentage applied); null: not configured
     * @param calculation       the amounts per month; null when the minimum wage is missing
     */
    public record PeriodAmount(LocalDate from, LocalDate to, @Nullable BigDecimal hourlyMinimumWage,
                               BigDecimal loonwaardePercent, @Nullable Calculation calculation) {

        public boolean minimumWageMissing() {
            return calculation == null;
        }
    }

    /**
     * The amounts per period from {@code from} to {@code to}: a new period starts at each WML period (1 January and
     * 1 July), at each reassessment of the loonwaarde (from the day of the meting) and on each birthday under 21 (the
     * youth percentage changes). A period whose WML is not configured is returned without amounts, never with the
     * previous period's.
     *
     * @param metingen the loonwaardemetingen, the first one before or on {@code from}
     * @throws InvalidInputException when there is no meting (a decision cannot rest on the employer's estimate), or
     *                               the contract starts before the first configured WML period
     */
    public List<PeriodAmount> schedule(LocalDate from, LocalDate to, @Nullable LocalDate birthDate,
                                       BigDecimal hoursPerWeek, List<Loonwaardemeting> metingen) {
        if (metingen.isEmpty()) {
            throw InvalidInputException.of("establishedLoonwaarde", "subsidy.error.meting-needed");
        }
        if (from.isBefore(minimumWages.firstPeriod())) {
            throw InvalidInputException.of("contractStart", "subsidy.error.wml-before-first", minimumWages.firstPeriod());
        }
        List<Loonwaardemeting> sorted = metingen.stream().sorted(Comparator.comparing(Loonwaardemeting::measuredOn)).toList();
        TreeSet<LocalDate> starts = new TreeSet<>(List.of(from));
        for (LocalDate wml = MinimumWages.periodStart(from).plusMonths(6); !wml.isAfter(to); wml = wml.plusMonths(6)) {
            starts.add(wml);
        }
        sorted.stream().map(Loonwaardemeting::measuredOn).filter(day -> day.isAfter(from) && !day.isAfter(to)).forEach(starts::add);
        if (birthDate != null) {
            for (int age = 16; age <= MinimumWages.ADULT_AGE; age++) {
                LocalDate birthday = birthDate.plusYears(age);
                if (birthday.isAfter(from) && !birthday.isAfter(to)) {
                    starts.add(birthday);
                }
            }
        }
        List<PeriodAmount> periods = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate next = starts.higher(start);
            LocalDate end = next == null ? to : next.minusDays(1);
            BigDecimal loonwaarde = sorted.stream().filter(meting -> !meting.measuredOn().isAfter(start))
                    .reduce((earlier, later) -> later).orElse(sorted.getFirst()).loonwaardePercent();
            BigDecimal hourly = minimumWages.hourlyFor(start, birthDate).orElse(null);
            periods.add(new PeriodAmount(start, end, hourly, loonwaarde,
                    hourly == null ? null : calculate(hourly, hoursPerWeek, loonwaarde)));
        }
        return List.copyOf(periods);
    }

    private static Calculation calculate(BigDecimal hourly, BigDecimal hoursPerWeek, BigDecimal loonwaardePercent) {
        if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(new BigDecimal("60")) > 0) {
            throw new IllegalArgumentException("Hours per week must be more than 0 and at most 60");
        }
        if (loonwaardePercent.signum() < 0 || loonwaardePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Loonwaarde must be between 0 and 100 percent");
        }
        BigDecimal wml = hourly.multiply(hoursPerWeek).multiply(WEEKS_PER_MONTH);
        BigDecimal wageValue = wml.multiply(loonwaardePercent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        BigDecimal gap = wml.subtract(wageValue);
        BigDecimal cap = wml.multiply(MAXIMUM_SHARE_OF_WML);
        boolean capped = gap.compareTo(cap) > 0;
        BigDecimal subsidy = capped ? cap : gap;
        BigDecimal employerCosts = subsidy.multiply(EMPLOYER_COSTS_ALLOWANCE);
        return new Calculation(euros(wml), euros(gap), euros(subsidy), euros(employerCosts),
                euros(subsidy).add(euros(employerCosts)), capped);
    }

    private static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
