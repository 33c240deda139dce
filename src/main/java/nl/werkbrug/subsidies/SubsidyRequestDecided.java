package nl.werkbrug.subsidies;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The request was decided: granted or refused, with the monthly amount where the instrument has one. */
public record SubsidyRequestDecided(long requestId, String tenantId, String regionId, long employerId, String actor, SubsidyStatus outcome, @Nullable BigDecimal monthlyAmount, boolean maatwerk)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_DECIDED";
    }

    @Override
    public String auditDetail() {
        return outcome + (maatwerk ? " (maatwerk, approved)" : "");
    }
}
