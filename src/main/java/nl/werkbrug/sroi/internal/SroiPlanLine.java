package nl.werkbrug.sroi.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/** One line of a contractor's plan: a block of the contract's model, how much of it, and its planned value. */
@Entity
@Table(name = "sroi_plan_line")
public class SroiPlanLine extends TenantOwnedEntity {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;
    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    @Column(name = "block_code", nullable = false)
    private String blockCode = "";
    @Column(name = "persons", nullable = false)
    private int persons = 1;
    @Column(name = "hours_per_week")
    private @Nullable BigDecimal hoursPerWeek;
    @Column(name = "months")
    private @Nullable Integer months;
    @Column(name = "amount")
    private @Nullable BigDecimal amount;
    @Column(name = "credit_factor")
    private @Nullable String creditFactor;
    @Column(name = "planned_value", nullable = false)
    private BigDecimal plannedValue = BigDecimal.ZERO;

    protected SroiPlanLine() {
    }

    public SroiPlanLine(SroiContract contract, String blockCode, int persons, @Nullable BigDecimal hoursPerWeek,
                        @Nullable Integer months, @Nullable BigDecimal amount, @Nullable String creditFactor,
                        BigDecimal plannedValue) {
        this.contractId = contract.id();
        this.employerId = contract.employerId();
        this.blockCode = blockCode;
        this.persons = persons;
        this.hoursPerWeek = hoursPerWeek;
        this.months = months;
        this.amount = amount;
        this.creditFactor = creditFactor;
        this.plannedValue = plannedValue;
    }

    public long contractId() { return contractId; }
    public String blockCode() { return blockCode; }
    public int persons() { return persons; }
    public @Nullable BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public @Nullable Integer months() { return months; }
    public @Nullable BigDecimal amount() { return amount; }
    public @Nullable String creditFactor() { return creditFactor; }
    public BigDecimal plannedValue() { return plannedValue; }
}
