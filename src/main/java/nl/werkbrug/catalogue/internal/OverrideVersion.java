package nl.werkbrug.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One version of the values a municipality set for a regional instrument. Never changed once written. */
@Entity
@Immutable
@Table(name = "catalogue_override_version")
public class OverrideVersion extends VersionColumns {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    @Column(name = "regional_instrument_id", nullable = false, updatable = false)
    private long regionalInstrumentId;

    protected OverrideVersion() {
    }

    public OverrideVersion(long regionalInstrumentId, int versionNo, LocalDate validFrom, String content, Origin origin,
                           String contentHash, String changeNote, String createdBy, Instant createdAt) {
        super(versionNo, validFrom, content, origin, contentHash, changeNote, createdBy, createdAt);
        this.regionalInstrumentId = regionalInstrumentId;
    }

    public long regionalInstrumentId() {
        return regionalInstrumentId;
    }
}
