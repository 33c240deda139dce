package nl.werkbrug.employer;

/** A vacancy was created, changed or reopened. */
public record VacancyEdited(String regionId, String actor, long vacancyId, long employerId, Change change)
        implements VacancyEvent {

    public enum Change { CREATED, CHANGED, REOPENED }

    @Override
    public String auditAction() {
        return "VACANCY_" + change.name();
    }
}
