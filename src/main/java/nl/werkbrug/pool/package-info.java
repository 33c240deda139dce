/**
 * The regional candidate pool: pseudonymous profiles projected from candidate files by their events, the consent
 * ledger that decides who may see a profile, search, introductions and the quotas that keep scrapers out. Uses the
 * API of {@code candidates} (never its tables) and of {@code employer} (occupations, vacancies); neither uses this
 * module. See docs/adr/0011-the-regional-candidate-pool.md.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.pool;
