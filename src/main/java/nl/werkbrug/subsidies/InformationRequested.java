package nl.werkbrug.subsidies;

/** The municipality asked the employer for information; the decision term stands still. */
public record InformationRequested(long requestId, String tenantId, String regionId, long employerId, String actor)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_INFORMATION_REQUESTED";
    }

    @Override
    public String auditDetail() {
        return "information asked";
    }
}
