/**
 * Clock, embedded database, database role checks, mail transport and production guards as configuration.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.platform.internal;
