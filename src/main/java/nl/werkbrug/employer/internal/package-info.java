/**
 * Employer organisations, invitations and vacancies as entities, their repositories and the description sanitiser.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer.internal;
