/**
 * Regions and municipalities (tenants) of the installation, loaded from {@code tenants/}, and the active tenant of
 * the current piece of work. The internals enforce tenant isolation in Hibernate and in PostgreSQL row-level security.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.tenancy;
