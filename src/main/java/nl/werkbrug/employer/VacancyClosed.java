package nl.werkbrug.employer;

/** A vacancy was closed: it no longer shows to consultants and the public. */
public record VacancyClosed(String regionId, String actor, long vacancyId, long employerId) implements VacancyEvent {

    @Override
    public String auditAction() {
        return "VACANCY_CLOSED";
    }
}
