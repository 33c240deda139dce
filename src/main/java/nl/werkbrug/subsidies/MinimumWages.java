package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The statutory minimum wage (wettelijk minimumloon, WML) per period, as gross amount per hour (the WML is an hourly
 * wage since 2024), and the youth minimum wage percentages for employees under 21. The government sets new amounts on
 * 1 January and 1 July, so each half year is a period of its own: a period that is not configured has no WML and is
 * shown as missing, never filled with the previous period's amount. Amounts and percentages come from configuration
 * because they change; the percentages carry their source.
 */
public final class MinimumWages {

    /** The age from which the adult minimum wage applies (Wet minimumloon en minimumvakantiebijslag, art. 8). */
    public static final int ADULT_AGE = 21;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * Youth minimum wage percentages of the adult WML, per age, valid from a date.
     *
     * @param source where the percentages come from, shown with them
     */
    public record YouthPercentages(NavigableMap<LocalDate, Map<Integer, BigDecimal>> percentFrom, String source) {

        public static final YouthPercentages NONE = new YouthPercentages(new TreeMap<>(), "");

        public YouthPercentages {
            percentFrom = new TreeMap<>(percentFrom);
        }

        /** The percentage for an employee of {@code age} on {@code day}; empty when no table covers it. */
        Optional<BigDecimal> percent(int age, LocalDate day) {
            if (age >= ADULT_AGE) {
                return Optional.of(HUNDRED);
            }
            Map.Entry<LocalDate, Map<Integer, BigDecimal>> table = percentFrom.floorEntry(day);
            return table == null ? Optional.empty() : Optional.ofNullable(table.getValue().get(age));
        }
    }

    private final NavigableMap<LocalDate, BigDecimal> hourlyFrom;
    private final YouthPercentages youth;

    public MinimumWages(Map<LocalDate, BigDecimal> hourlyFrom) {
        this(hourlyFrom, YouthPercentages.NONE);
    }

    public MinimumWages(Map<LocalDate, BigDecimal> hourlyFrom, YouthPercentages youth) {
        if (hourlyFrom.isEmpty()) {
            throw new IllegalArgumentException("Configure at least one minimum wage period");
        }
        hourlyFrom.forEach((from, amount) -> {
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("Minimum wage from " + from + " must be positive");
            }
            if (!from.equals(periodStart(from))) {
                throw new IllegalArgumentException("A minimum wage period starts on 1 January or 1 July, not " + from);
            }
        });
        this.hourlyFrom = new TreeMap<>(hourlyFrom);
        this.youth = youth;
    }

    /** The first day of the WML period (1 January or 1 July) that {@code day} falls in. */
    public static LocalDate periodStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() < 7 ? Month.JANUARY : Month.JULY, 1);
    }

    /** The first configured period. */
    public LocalDate firstPeriod() {
        return hourlyFrom.firstKey();
    }

    /** The adult WML per hour for the period of {@code day}; empty when that period is not configured. */
    public Optional<BigDecimal> hourlyFor(LocalDate day) {
        return Optional.ofNullable(hourlyFrom.get(periodStart(day)));
    }

    /**
     * The adult WML per hour for the period of {@code day}.
     *
     * @throws IllegalArgumentException when that period is not configured
     */
    public BigDecimal hourlyOn(LocalDate day) {
        return hourlyFor(day).orElseThrow(() ->
                new IllegalArgumentException("No minimum wage configured for the period from " + periodStart(day)));
    }

    /**
     * The minimum wage per hour for an employee born on {@code birthDate} on {@code day}: the adult WML times the youth
     * percentage under 21; empty when the period's WML or the percentage is not configured.
     */
    public Optional<BigDecimal> hourlyFor(LocalDate day, @Nullable LocalDate birthDate) {
        Optional<BigDecimal> adult = hourlyFor(day);
        if (birthDate == null || adult.isEmpty()) {
            return adult;
        }
        return youth.percent(Period.between(birthDate, day).getYears(), day)
                .map(percent -> adult.get().multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    /** The youth percentage that applies on {@code day} (100 from 21), if configured. */
    public Optional<BigDecimal> youthPercent(LocalDate day, LocalDate birthDate) {
        return youth.percent(Period.between(birthDate, day).getYears(), day);
    }

    public String youthSource() {
        return youth.source();
    }

    /**
     * The current or the next WML period that is not configured, from {@code today}: what an administrator must add
     * before a decision needs it.
     */
    public Optional<LocalDate> missingPeriod(LocalDate today) {
        LocalDate current = periodStart(today);
        if (!hourlyFrom.containsKey(current)) {
            return Optional.of(current);
        }
        LocalDate next = current.plusMonths(6);
        return hourlyFrom.containsKey(next) ? Optional.empty() : Optional.of(next);
    }
}
