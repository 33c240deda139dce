package nl.werkbrug.employer;

/** Life of a vacancy: concept → gepubliceerd → gesloten, and reopening makes it gepubliceerd again. */
public enum VacancyStatus {
    CONCEPT, PUBLISHED, CLOSED
}
