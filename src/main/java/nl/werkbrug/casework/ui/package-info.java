/**
 * The consultant's views: caseload, the subsidy queue and a request's case, and the region's vacancies.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.casework.ui;
