package nl.werkbrug.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;

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
public class LocalVersion extends VersionColumns {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    private long instrumentId;

    @Column(name = "valid_to", updatable = false)
    private @Nullable LocalDate validTo;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "short_description", nullable = false, updatable = false)
    private String shortDescription;

    @Column(nullable = false, updatable = false)
    private String description;

    protected LocalVersion() {
        this.name = "";
        this.shortDescription = "";
        this.description = "";
    }

    public LocalVersion(long instrumentId, int versionNo, VersionText text, String content, Origin origin,
                        String contentHash, String changeNote, String createdBy, Instant createdAt) {
        super(versionNo, text.validFrom(), content, origin, contentHash, changeNote, createdBy, createdAt);
        this.instrumentId = instrumentId;
        this.validTo = text.validTo();
        this.name = text.name();
        this.shortDescription = text.shortDescription();
        this.description = text.description();
    }

    public long instrumentId() {
        return instrumentId;
    }
}
