/**
 * Matching vacancies and pool profiles: a score with its reasons per criterion (occupation, skills, hours, distance,
 * availability, education, driving licence, support), weighted by a versioned configuration
 * ({@code matching/weights-v1.yaml}), and the two ranked lists built on it: the pool's candidates for an employer's
 * vacancy, and the region's open vacancies for a consultant's pool profile. Uses the API of {@code pool} (its
 * candidate sets, under the pool's row-level security and consent) and of {@code employer} (vacancies); neither uses
 * this module. See docs/adr/0016-matching.md and docs/algoritmeregister.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
@org.jspecify.annotations.NullMarked
package nl.werkbrug.matching;
