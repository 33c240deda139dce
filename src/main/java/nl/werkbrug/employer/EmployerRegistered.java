package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** A company registered itself as an employer of the region. Carries ids and the acting user name, no personal data. */
public record EmployerRegistered(String regionId, String actor, long employerId, String kvkNumber) implements RegionEvent {

    @Override
    public String auditAction() {
        return "EMPLOYER_REGISTERED";
    }

    @Override
    public String auditSubject() {
        return "werkgever " + employerId;
    }

    @Override
    public String auditDetail() {
        return "KvK " + kvkNumber;
    }
}
