package nl.werkbrug.subsidies;

/** The employer withdrew the request. */
public record SubsidyRequestWithdrawn(long requestId, String tenantId, String regionId, long employerId, String actor)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_REQUEST_WITHDRAWN";
    }

    @Override
    public String auditDetail() {
        return "withdrawn by employer";
    }
}
