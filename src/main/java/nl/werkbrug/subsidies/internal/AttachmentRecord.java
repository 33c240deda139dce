package nl.werkbrug.subsidies.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import nl.werkbrug.platform.SealedDocumentConverter;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/** A document sent with a request, stored in the database of the deciding municipality. */
@Entity
@Table(name = "subsidy_attachment")
public class AttachmentRecord extends TenantOwnedEntity {

    @Column(name = "request_id", nullable = false, updatable = false)
    public long requestId;
    @Column(name = "file_name", nullable = false)
    public String fileName = "";
    @Column(name = "content_type", nullable = false)
    public String contentType = "";
    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;
    /** Sealed at rest with the document key (security review finding 10); the entity holds the plain bytes. */
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = SealedDocumentConverter.class)
    @Column(name = "content", nullable = false)
    public byte[] content = new byte[0];
    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy = "";
    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt = Instant.EPOCH;

    protected AttachmentRecord() {
    }

    public AttachmentRecord(long requestId, String fileName, String contentType, byte[] content, String uploadedBy,
                            Instant uploadedAt) {
        this.uploadedAt = uploadedAt;
        this.requestId = requestId;
        // control characters (a NUL cannot be stored) and broken surrogates never reach the database or a download
        this.fileName = fileName.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
    }

}
