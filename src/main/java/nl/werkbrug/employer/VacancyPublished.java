package nl.werkbrug.employer;

/** A vacancy was published and is visible to the region's consultants and the public. */
public record VacancyPublished(String regionId, String actor, long vacancyId, long employerId) implements VacancyEvent {

    @Override
    public String auditAction() {
        return "VACANCY_PUBLISHED";
    }
}
