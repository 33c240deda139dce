package nl.werkbrug.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One version of a municipality's own instrument. Never changed once written. */
@Entity
@Immutable
@Table(name = "catalogue_local_version")
public class LocalVersion extends InstrumentVersionColumns {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    protected LocalVersion() {
    }

    public LocalVersion(long instrumentId, int versionNo, VersionText text, String content, Origin origin,
                        String contentHash, String changeNote, String createdBy, Instant createdAt) {
        super(instrumentId, versionNo, text, content, origin, contentHash, changeNote, createdBy, createdAt);
    }
}
