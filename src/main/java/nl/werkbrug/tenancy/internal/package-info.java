/**
 * Loading tenant files, the Hibernate tenant resolver and the transaction manager that sets PostgreSQL row-level
 * security per transaction.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.tenancy.internal;
