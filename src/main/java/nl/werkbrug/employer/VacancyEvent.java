package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** Something that happened to a vacancy; vacancies are regional. */
public sealed interface VacancyEvent extends RegionEvent {

    long vacancyId();

    long employerId();

    @Override
    default String auditSubject() {
        return "vacature " + vacancyId();
    }

    @Override
    default String auditDetail() {
        return "werkgever " + employerId();
    }

    /** A vacancy was published and is visible to the region's consultants and the public. */
    record VacancyPublished(String regionId, String actor, long vacancyId, long employerId) implements VacancyEvent {

        @Override
        public String auditAction() {
            return "VACANCY_PUBLISHED";
        }
    }

    /** A vacancy was closed: it no longer shows to consultants and the public. */
    record VacancyClosed(String regionId, String actor, long vacancyId, long employerId) implements VacancyEvent {

        @Override
        public String auditAction() {
            return "VACANCY_CLOSED";
        }
    }

    /** A vacancy was created, changed or reopened. */
    record VacancyEdited(String regionId, String actor, long vacancyId, long employerId, Change change)
            implements VacancyEvent {

        public enum Change { CREATED, CHANGED, REOPENED }

        @Override
        public String auditAction() {
            return "VACANCY_" + change.name();
        }
    }
}
