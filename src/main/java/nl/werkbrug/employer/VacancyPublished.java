package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** A vacancy was published and is visible to the region's consultants and the public. Carries ids and the acting user name, no personal data. */
public record VacancyPublished(String regionId, String actor, long vacancyId, long employerId) implements RegionEvent {

    @Override
    public String auditAction() {
        return "VACANCY_PUBLISHED";
    }

    @Override
    public String auditSubject() {
        return "vacature " + vacancyId;
    }

    @Override
    public String auditDetail() {
        return "werkgever " + employerId;
    }
}
