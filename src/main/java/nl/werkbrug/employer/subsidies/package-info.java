/**
 * Subsidy requests of employers (issue 5, part B): the statutory rules they are calculated with, the requests, the
 * decisions on them and the decision letters. The deciding consultant's screens live in {@code casework} and use
 * this package's API.
 * <p>
 * A named interface of the {@code employer} module rather than a nested application module: Spring Modulith 2.1
 * lets only the parent and sibling modules reference a nested module ("Invalid sub-module reference"), and
 * {@code casework} must reach this API. {@code internal} stays internal to {@code employer}; a dependency from here
 * on {@code casework} would be a cycle, which {@code ModularityTests} rejects.
 */
@org.springframework.modulith.NamedInterface("subsidies")
@org.jspecify.annotations.NullMarked
package nl.werkbrug.employer.subsidies;
