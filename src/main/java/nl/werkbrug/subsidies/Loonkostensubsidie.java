package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Loonkostensubsidie (Participatiewet art. 10d): the difference between the statutory minimum wage and the
 * employee's wage value (loonwaarde), at most 70% of the minimum wage, plus a fixed allowance for employer costs of
 * 23.5% of that amount (Regeling loonkostensubsidie, since 1 January 2018). Calculated per month for the contract
 * hours; the minimum wage of the month's first day applies.
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
        if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(new BigDecimal("60")) > 0) {
            throw new IllegalArgumentException("Hours per week must be more than 0 and at most 60");
        }
        if (loonwaardePercent.signum() < 0 || loonwaardePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Loonwaarde must be between 0 and 100 percent");
        }
        BigDecimal hourly = minimumWages.hourlyOn(month.withDayOfMonth(1));
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
