package nl.werkbrug.pool.internal;

import nl.werkbrug.shared.TenantEvent;

/**
 * A candidate file in the pool changed in its municipality's transaction: its pool profile is projected again after
 * the commit, in that municipality, with the event publication registry's guarantee. Internal to the pool.
 *
 * @param fileId   the candidate file
 * @param tenantId the file's municipality
 * @param actor    who changed the file
 */
public record ProfileRefreshDue(long fileId, String tenantId, String actor) implements TenantEvent {
}
