package nl.werkbrug.subsidies;

import java.time.LocalDate;

import nl.werkbrug.shared.RegionEvent;

/**
 * The statutory minimum wage of the current or the next period (from {@code periodStart}) is not configured: the
 * administrator must add {@code werkbrug.minimum-wage.hourly.<periodStart>} before loonkostensubsidie decisions need
 * it. Recorded in the audit trail as a warning for the region.
 */
public record MinimumWageMissing(String regionId, LocalDate periodStart) implements RegionEvent {

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String auditAction() {
        return "MINIMUM_WAGE_MISSING";
    }

    @Override
    public String auditSubject() {
        return "minimumloon " + periodStart;
    }

    @Override
    public String auditDetail() {
        return "werkbrug.minimum-wage.hourly." + periodStart + " is not configured";
    }
}
