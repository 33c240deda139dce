/**
 * Cross-cutting technical services: the embedded default database, database role checks, and (later) audit,
 * scheduling and rate limits.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.platform;
