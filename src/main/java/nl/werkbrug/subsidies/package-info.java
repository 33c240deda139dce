/**
 * Subsidy requests of employers: the statutory rules they are calculated with, the requests (owned by the deciding
 * municipality), the questions to the employer, the decisions with four-eyes for maatwerk, and the decision letters.
 * {@code employer} and {@code casework} use this module's API; this module uses {@code employer}'s API for the
 * requesting company, never the other way round (see docs/adr/0008-events-and-the-subsidies-module.md).
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.subsidies;
