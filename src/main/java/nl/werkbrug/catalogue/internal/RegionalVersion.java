package nl.werkbrug.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a regional instrument, with the fields municipalities may set. Never changed once written. */
@Entity
@Immutable
@Table(name = "catalogue_regional_version")
public class RegionalVersion extends InstrumentVersionColumns {

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "local_fields", nullable = false, updatable = false, columnDefinition = "jsonb")
    private String localFields;

    protected RegionalVersion() {
        this.regionId = "";
        this.localFields = "[]";
    }

    public RegionalVersion(String regionId, long instrumentId, int versionNo, VersionText text, String content,
                           String localFields, Origin origin, String contentHash, String changeNote, String createdBy, Instant createdAt) {
        super(instrumentId, versionNo, text, content, origin, contentHash, changeNote, createdBy, createdAt);
        this.regionId = regionId;
        this.localFields = localFields;
    }

    public String localFields() {
        return localFields;
    }
}
