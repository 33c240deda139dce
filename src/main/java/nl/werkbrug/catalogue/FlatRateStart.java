package nl.werkbrug.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A flat-rate start (forfaitaire bijdrage) on loonkostensubsidie where the municipality's policy allows it, e.g.
 * Hellendoorn's "incidentele, forfaitaire bijdrage" via the praktijkroute (seed 000). Only the figures a source gives
 * are filled in; a figure left empty is missing and is shown as missing, never replaced.
 *
 * @param monthlyEuro   the flat amount per month during the start period
 * @param percentageWml the flat amount as a percentage of the statutory minimum wage
 * @param months        how long the start period lasts
 * @param note          the policy in the source's words
 */
public record FlatRateStart(@Nullable @Positive BigDecimal monthlyEuro,
                            @Nullable @Positive @DecimalMax("100") BigDecimal percentageWml,
                            @Nullable @Positive @Max(60) Integer months,
                            @NotBlank @Size(max = 1000) String note) {
}
