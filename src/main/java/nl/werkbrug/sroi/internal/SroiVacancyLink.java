package nl.werkbrug.sroi.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/**
 * A vacancy of the contractor published for a contract's open obligation (an SROI vacancy): a hire on it through a
 * referral becomes a proposed realisation of the contract. Stored with the contract (its municipality, its employer).
 */
@Entity
@Table(name = "sroi_vacancy")
public class SroiVacancyLink extends TenantOwnedEntity {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;
    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    @Column(name = "vacancy_id", nullable = false, updatable = false)
    private long vacancyId;
    @Column(name = "linked_by", nullable = false, updatable = false)
    private String linkedBy = "";
    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt = Instant.EPOCH;

    protected SroiVacancyLink() {
    }

    public SroiVacancyLink(SroiContract contract, long vacancyId, String actor, Instant now) {
        this.contractId = contract.id();
        this.employerId = contract.employerId();
        this.vacancyId = vacancyId;
        this.linkedBy = actor;
        this.linkedAt = now;
    }

    public long contractId() { return contractId; }
    public long employerId() { return employerId; }
    public long vacancyId() { return vacancyId; }
}
