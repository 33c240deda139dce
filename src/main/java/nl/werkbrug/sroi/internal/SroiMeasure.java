package nl.werkbrug.sroi.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * What a plan line or a realisation measures for its block: hours per week and months of a person, the invoice amount
 * (or activity hours) and the credit factor of a purchase.
 */
@Embeddable
public class SroiMeasure {

    static final SroiMeasure NONE = new SroiMeasure();

    @Column(name = "hours_per_week")
    private @Nullable BigDecimal hoursPerWeek;
    @Column(name = "months")
    private @Nullable Integer months;
    @Column(name = "amount")
    private @Nullable BigDecimal amount;
    @Column(name = "credit_factor")
    private @Nullable String creditFactor;

    protected SroiMeasure() {
    }

    public SroiMeasure(@Nullable BigDecimal hoursPerWeek, @Nullable Integer months, @Nullable BigDecimal amount,
                       @Nullable String creditFactor) {
        this.hoursPerWeek = hoursPerWeek;
        this.months = months;
        this.amount = amount;
        this.creditFactor = creditFactor;
    }

    public @Nullable BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public @Nullable Integer months() { return months; }
    public @Nullable BigDecimal amount() { return amount; }
    public @Nullable String creditFactor() { return creditFactor; }
}
