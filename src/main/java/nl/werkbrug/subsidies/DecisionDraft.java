package nl.werkbrug.subsidies;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a consultant decides.
 *
 * @param granted               toegekend (true) or afgewezen (false)
 * @param reasons               the motivation, shown in the decision letter
 * @param maatwerk              the decision goes beyond the catalogue rule: a second consultant must approve it
 * @param establishedLoonwaarde for loonkostensubsidie, the established wage value if it differs from the request's
 */
public record DecisionDraft(boolean granted, String reasons, boolean maatwerk, @Nullable BigDecimal establishedLoonwaarde) {
}
