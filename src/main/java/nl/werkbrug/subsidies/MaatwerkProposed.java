package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A consultant proposed a decision that departs from the catalogue rule; it waits for a second consultant. {@code departures} are the message keys of what departs. */
public record MaatwerkProposed(long requestId, String tenantId, String regionId, long employerId, String actor, SubsidyStatus outcome, @Nullable BigDecimal monthlyAmount, List<String> departures)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_DECISION_PROPOSED";
    }

    @Override
    public String auditDetail() {
        return outcome + " (maatwerk, awaits approval: " + String.join(", ", departures) + ")";
    }
}
