package nl.werkbrug.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * An amount that depends on hours per week, e.g. the participatieplaats allowance of € 25 a month "tussen 10 tot 20
 * uur per week" and € 50 "bij meer dan 20 uur per week".
 *
 * @param fromHours     lowest number of hours per week, inclusive
 * @param toHours       highest number of hours per week, inclusive
 * @param moreThanHours the hours per week must be more than this
 */
public record HoursTier(@Nullable @Min(0) @Max(60) Integer fromHours, @Nullable @Min(0) @Max(60) Integer toHours,
                        @Nullable @Min(0) @Max(60) Integer moreThanHours, @NotNull @Positive BigDecimal euro) {

    public boolean covers(int hoursPerWeek) {
        return (fromHours == null || hoursPerWeek >= fromHours)
                && (toHours == null || hoursPerWeek <= toHours)
                && (moreThanHours == null || hoursPerWeek > moreThanHours);
    }
}
