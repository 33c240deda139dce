package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The statutory minimum wage (wettelijk minimumloon, WML) per period, as gross amount per hour (the WML is an hourly
 * wage since 2024). Periods come from configuration because the government sets new amounts twice a year; a date
 * before the first configured period has no WML, and the calculation refuses it rather than guess.
 */
public final class MinimumWages {

    private final NavigableMap<LocalDate, BigDecimal> hourlyFrom;

    public MinimumWages(Map<LocalDate, BigDecimal> hourlyFrom) {
        if (hourlyFrom.isEmpty()) {
            throw new IllegalArgumentException("Configure at least one minimum wage period");
        }
        hourlyFrom.forEach((from, amount) -> {
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("Minimum wage from " + from + " must be positive");
            }
        });
        this.hourlyFrom = new TreeMap<>(hourlyFrom);
    }

    public BigDecimal hourlyOn(LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> period = hourlyFrom.floorEntry(day);
        if (period == null) {
            throw new IllegalArgumentException("No minimum wage configured for " + day);
        }
        return period.getValue();
    }
}
