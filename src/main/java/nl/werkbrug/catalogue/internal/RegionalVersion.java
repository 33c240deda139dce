package nl.werkbrug.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One version of a regional instrument. Never changed once written. */
@Entity
@Immutable
@Table(name = "catalogue_regional_version")
public class RegionalVersion extends VersionColumns {

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "local_fields", nullable = false, updatable = false, columnDefinition = "jsonb")
    private String localFields;

    protected RegionalVersion() {
        this.regionId = "";
        this.name = "";
        this.shortDescription = "";
        this.description = "";
        this.localFields = "[]";
    }

    public RegionalVersion(String regionId, long instrumentId, int versionNo, VersionText text, String content,
                           String localFields, Origin origin, String contentHash, String changeNote, String createdBy, Instant createdAt) {
        super(versionNo, text.validFrom(), content, origin, contentHash, changeNote, createdBy, createdAt);
        this.regionId = regionId;
        this.instrumentId = instrumentId;
        this.validTo = text.validTo();
        this.name = text.name();
        this.shortDescription = text.shortDescription();
        this.description = text.description();
        this.localFields = localFields;
    }

    public long instrumentId() {
        return instrumentId;
    }

    public String localFields() {
        return localFields;
    }
}
