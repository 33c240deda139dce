/**
 * Candidate file entities and their repository; only {@link nl.werkbrug.candidates.CandidateFiles} uses them.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.candidates.internal;
