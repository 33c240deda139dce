/**
 * Audit trail views of the tenant admin and the regional coordinator, and the developer's outbox.
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.platform.ui;
