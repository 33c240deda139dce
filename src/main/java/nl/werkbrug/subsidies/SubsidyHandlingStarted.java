package nl.werkbrug.subsidies;

/** A consultant took the request in hand. */
public record SubsidyHandlingStarted(long requestId, String tenantId, String regionId, long employerId, String actor)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_HANDLING_STARTED";
    }

    @Override
    public String auditDetail() {
        return "in behandeling";
    }
}
