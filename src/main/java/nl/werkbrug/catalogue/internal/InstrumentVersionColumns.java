package nl.werkbrug.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What a version of a whole instrument (regional or the municipality's own) adds to {@link VersionColumns}: the
 * instrument and the texts and last day repeated from its content, for full-text search and period queries.
 */
@MappedSuperclass
public abstract class InstrumentVersionColumns extends VersionColumns {

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

    protected InstrumentVersionColumns() {
        this.name = "";
        this.shortDescription = "";
        this.description = "";
    }

    protected InstrumentVersionColumns(long instrumentId, int versionNo, VersionText text, String content, Origin origin,
                                       String contentHash, String changeNote, String createdBy,
                                       Instant createdAt) {
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
