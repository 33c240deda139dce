package nl.werkbrug.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** What every catalogue version row records: its number, period, content (JSON) and who made it, when and why. */
@MappedSuperclass
public abstract class VersionColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "change_note", nullable = false, updatable = false)
    private String changeNote;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VersionColumns() {
        this.validFrom = LocalDate.MIN;
        this.content = "{}";
        this.origin = Origin.FILE;
        this.contentHash = "";
        this.changeNote = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    protected VersionColumns(int versionNo, LocalDate validFrom, String content, Origin origin, String contentHash,
                             String changeNote, String createdBy, Instant createdAt) {
        this.versionNo = versionNo;
        this.validFrom = validFrom;
        this.content = content;
        this.origin = origin;
        this.contentHash = contentHash;
        this.changeNote = changeNote;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public int versionNo() {
        return versionNo;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String content() {
        return content;
    }

    public Origin origin() {
        return origin;
    }

    public String contentHash() {
        return contentHash;
    }

    public String changeNote() {
        return changeNote;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
