package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The loonwaarde as established at the workplace by a loonwaardemeting (art. 10d lid 5 Participatiewet: the college
 * establishes it with a method that meets the rules of the Besluit loonkostensubsidie; Twente uses Loonbalans per the
 * Hengelo brief). Only a meting can carry a decision: the employer's own estimate is an indication.
 *
 * @param measuredBy        who measured (the labour expert)
 * @param method            the method, e.g. Loonbalans
 * @param measuredOn        the day of the meting (not in the future: the request checks it against its clock)
 * @param loonwaardePercent the wage value as a percentage of full productivity
 */
public record Loonwaardemeting(@NotBlank @Size(max = 200) String measuredBy, @NotBlank @Size(max = 100) String method,
                               @NotNull LocalDate measuredOn,
                               @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal loonwaardePercent) {
}
