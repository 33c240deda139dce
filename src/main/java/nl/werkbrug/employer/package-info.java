/**
 * Employer organisations of the region and (later) their vacancies, subsidy requests and SROI plans.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer;
