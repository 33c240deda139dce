package nl.werkbrug.subsidies;

/** A second consultant approved a maatwerk proposal (the decision itself follows as {@link SubsidyRequestDecided}). */
public record MaatwerkApproved(long requestId, String tenantId, String regionId, long employerId, String actor, String proposedBy)
        implements SubsidyEvent {

    @Override
    public String auditAction() {
        return "SUBSIDY_MAATWERK_APPROVED";
    }

    @Override
    public String auditDetail() {
        return "maatwerk proposed by " + proposedBy + " approved";
    }
}
