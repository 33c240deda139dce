/**
 * Candidate files, owned by one municipality, and (later) the regional pseudonymous candidate pool.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.candidates;
