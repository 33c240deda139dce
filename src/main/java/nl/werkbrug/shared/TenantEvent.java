package nl.werkbrug.shared;

/**
 * An application event about data owned by one municipality. Listeners of such events run in that municipality:
 * the tenant is set before their transaction begins, so row-level security and Hibernate's tenant filter apply.
 */
public interface TenantEvent {

    String tenantId();
}
