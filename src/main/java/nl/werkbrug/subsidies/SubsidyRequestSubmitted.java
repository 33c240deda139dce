package nl.werkbrug.subsidies;

/** The employer submitted the request: the decision term runs. */
public record SubsidyRequestSubmitted(long requestId, String tenantId, String regionId, long employerId, String actor, String instrumentCode)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_REQUEST_SUBMITTED";
    }

    @Override
    public String auditDetail() {
        return instrumentCode;
    }
}
