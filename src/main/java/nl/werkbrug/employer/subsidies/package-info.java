/**
 * Subsidy requests of employers (issue 5, part B): the statutory rules they are calculated with come first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subsidies")
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer.subsidies;
