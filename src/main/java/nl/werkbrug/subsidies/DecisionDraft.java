package nl.werkbrug.subsidies;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a consultant decides. Whether it is maatwerk is not theirs to tick: the system derives it from the catalogue
 * rule (see {@code CatalogueRule}); a grant that departs from the rule becomes a proposal for a second consultant.
 *
 * @param granted               toegekend (true) or afgewezen (false)
 * @param reasons               the motivation, shown in the decision letter
 * @param establishedLoonwaarde for loonkostensubsidie, the established wage value if it differs from the request's
 * @param monthlyAmount         the amount granted per month; none: for loonkostensubsidie the statutory amount,
 *                              otherwise no amount
 * @param flatRateStart         loonkostensubsidie: grant the municipality's flat-rate start (where its catalogue has
 *                              one) instead of the amount on a loonwaardemeting
 */
public record DecisionDraft(boolean granted, String reasons, @Nullable BigDecimal establishedLoonwaarde,
                            @Nullable BigDecimal monthlyAmount, boolean flatRateStart) {

    public DecisionDraft(boolean granted, String reasons, @Nullable BigDecimal establishedLoonwaarde,
                         @Nullable BigDecimal monthlyAmount) {
        this(granted, reasons, establishedLoonwaarde, monthlyAmount, false);
    }

    /** A decision without an amount of its own. */
    public static DecisionDraft of(boolean granted, String reasons) {
        return new DecisionDraft(granted, reasons, null, null);
    }
}
