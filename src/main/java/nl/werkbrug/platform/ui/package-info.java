/**
 * Audit trail views of the tenant admin and the regional coordinator, and the developer outbox (a page only with
 * {@code werkbrug.mail.outbox-page=true}).
 */
@org.jspecify.annotations.NullMarked
package nl.werkbrug.platform.ui;
