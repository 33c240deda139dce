package nl.werkbrug.employer;

/** A company registered itself as an employer of the region. Carries ids and the acting user name, no personal data. */
public record EmployerRegistered(String regionId, String actor, long employerId, String kvkNumber) implements EmployerEvent {

    @Override
    public String auditAction() {
        return "EMPLOYER_REGISTERED";
    }

    @Override
    public String auditDetail() {
        return "KvK " + kvkNumber;
    }
}
