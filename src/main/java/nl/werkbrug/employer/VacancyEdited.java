package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** A vacancy was created, changed or reopened. Carries ids and the acting user name, no personal data. */
public record VacancyEdited(String regionId, String actor, long vacancyId, long employerId, Change change)
        implements RegionEvent {

    public enum Change { CREATED, CHANGED, REOPENED }

    @Override
    public String auditAction() {
        return "VACANCY_" + change.name();
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
