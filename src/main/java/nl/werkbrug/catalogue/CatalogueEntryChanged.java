package nl.werkbrug.catalogue;

import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;

/**
 * A municipality changed its catalogue: an instrument of its own, its values for a regional instrument, or its
 * settings. {@code subject} names what changed ({@code instrument:<code>} or {@code catalogus-instellingen}),
 * {@code change} says how (versions, dates and the administrator's change note).
 */
public record CatalogueEntryChanged(String tenantId, String regionId, String actor, String subject, String change)
        implements TenantEvent, AuditedEvent {

    @Override
    public String auditTenant() {
        return tenantId;
    }

    @Override
    public String auditAction() {
        return "CATALOGUE_CHANGED";
    }

    @Override
    public String auditSubject() {
        return subject;
    }

    @Override
    public String auditDetail() {
        return change;
    }
}
