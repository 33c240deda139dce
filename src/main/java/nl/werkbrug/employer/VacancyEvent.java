package nl.werkbrug.employer;

import nl.werkbrug.shared.RegionEvent;

/** Something that happened to a vacancy; vacancies are regional. Carries ids and the acting user name, no personal data. */
public sealed interface VacancyEvent extends RegionEvent permits VacancyPublished, VacancyClosed, VacancyEdited {

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
}
