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
    @Column(name = "block_code", nullable = false)
    private String blockCode = "";

    protected SroiContractPart() {
    }

    protected SroiContractPart(SroiContract contract, String blockCode) {
        this.contractId = contract.id();
        this.employerId = contract.employerId();
        this.blockCode = blockCode;
    }

    public long contractId() { return contractId; }
    public String blockCode() { return blockCode; }
}
