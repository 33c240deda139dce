package nl.werkbrug.subsidies;

/** The employer answered the municipality's question; the decision term runs again. */
public record InformationAnswered(long requestId, String tenantId, String regionId, long employerId, String actor)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_INFORMATION_GIVEN";
    }

    @Override
    public String auditDetail() {
        return "answer given";
    }
}
