package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** A vacancy was closed. Carries ids and the acting user name, no personal data. */
public record VacancyClosed(String regionId, String actor, long vacancyId, long employerId) implements RegionEvent {

    @Override
    public String auditAction() {
        return "VACANCY_CLOSED";
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
