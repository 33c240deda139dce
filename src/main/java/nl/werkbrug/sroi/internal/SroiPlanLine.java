package nl.werkbrug.sroi.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One line of a contractor's plan: a block of the contract's model, how much of it, and its planned value. */
@Entity
@Table(name = "sroi_plan_line")
public class SroiPlanLine extends SroiContractPart {

    @Column(name = "persons", nullable = false)
    private int persons = 1;
    @jakarta.persistence.Embedded
    private @Nullable SroiMeasure measure;
    @Column(name = "planned_value", nullable = false)
    private BigDecimal plannedValue = BigDecimal.ZERO;

    protected SroiPlanLine() {
    }

    public SroiPlanLine(SroiContract contract, String blockCode, int persons, SroiMeasure measure,
                        BigDecimal plannedValue) {
        super(contract, blockCode);
        this.persons = persons;
        this.measure = measure;
        this.plannedValue = plannedValue;
    }

    public int persons() { return persons; }
    /** What the line measures (Hibernate leaves an all-empty measure null). */
    public SroiMeasure measure() { return measure == null ? SroiMeasure.NONE : measure; }
    public BigDecimal plannedValue() { return plannedValue; }
}
