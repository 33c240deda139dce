/**
 * The subsidy request aggregate, information requests and attachments as entities, and their repositories.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.subsidies.internal;
