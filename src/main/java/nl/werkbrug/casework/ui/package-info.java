/**
 * The consultant's views: caseload, candidate files (a new file, and a file with its parts and forms), the subsidy
 * queue and a request's case, and the region's vacancies.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.casework.ui;
