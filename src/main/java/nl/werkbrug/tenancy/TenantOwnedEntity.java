package nl.werkbrug.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity owned by one municipality: a generated id and the {@code tenant_id} that Hibernate fills
 * from the active tenant and filters on (layer 3 of tenant isolation, ADR 0001). The table itself needs the
 * row-level security policy (layer 4).
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    /** The id, or 0 before the entity is saved. */
    public long id() {
        return id == null ? 0 : id;
    }

    /** The owning municipality, or "" before the entity is saved. */
    public String tenantId() {
        return tenantId == null ? "" : tenantId;
    }
}
