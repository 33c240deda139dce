package nl.werkbrug.sroi.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/** The invoice (PDF) of a social-purchasing realisation, stored with the contract; never changed once stored. */
@Entity
@Table(name = "sroi_invoice")
public class SroiInvoice extends TenantOwnedEntity {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;
    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    @Column(name = "realisation_id", nullable = false, updatable = false)
    private long realisationId;
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName = "";
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType = "";
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content = new byte[0];
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy = "";
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected SroiInvoice() {
    }

    public SroiInvoice(SroiRealisation realisation, long employerId, String fileName, String contentType,
                       byte[] content, String actor, Instant now) {
        this.contractId = realisation.contractId();
        this.employerId = employerId;
        this.realisationId = realisation.id();
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    public long contractId() { return contractId; }
    public long realisationId() { return realisationId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public int sizeBytes() { return sizeBytes; }
    public byte[] content() { return content.clone(); }
}
