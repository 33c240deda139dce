/**
 * The consultant's workspace: caseload, trajectories, decisions on requests.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.casework;
