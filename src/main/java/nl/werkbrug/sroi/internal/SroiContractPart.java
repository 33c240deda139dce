package nl.werkbrug.sroi.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/**
 * A row that belongs to a contract and one of its model's blocks: a plan line or a realisation. It carries the
 * contract's employer, so the employer-scope policy compares its own column (a composite foreign key keeps the two
 * equal).
 */
@MappedSuperclass
public abstract class SroiContractPart extends TenantOwnedEntity {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;
    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    /** Null only for a proposed realisation, whose block the contractor chooses when confirming it. */
    @Column(name = "block_code")
    private @org.jspecify.annotations.Nullable String blockCode;

    protected SroiContractPart() {
    }

    protected SroiContractPart(SroiContract contract, @org.jspecify.annotations.Nullable String blockCode) {
        this.contractId = contract.id();
        this.employerId = contract.employerId();
        this.blockCode = blockCode;
    }

    public long contractId() { return contractId; }
    /** The block; empty for a proposed realisation. */
    public String blockCode() { return blockCode == null ? "" : blockCode; }

    protected void chooseBlock(String code) {
        this.blockCode = code;
    }
}
