package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A contract as the SROI officer registers it (a bean for the view's Binder). */
public class SroiContractForm {

    private @Nullable Long employerId;
    private @Nullable String subject;
    private @Nullable BigDecimal contractValue;
    private @Nullable BigDecimal percentage;
    private @Nullable String psoLevel;
    private @Nullable LocalDate periodStart;
    private @Nullable LocalDate periodEnd;
    private @Nullable LocalDate interimReportDue;
    private @Nullable LocalDate finalReportDue;

    public @Nullable Long getEmployerId() { return employerId; }
    public void setEmployerId(@Nullable Long value) { employerId = value; }
    public @Nullable String getSubject() { return subject; }
    public void setSubject(@Nullable String value) { subject = value; }
    public @Nullable BigDecimal getContractValue() { return contractValue; }
    public void setContractValue(@Nullable BigDecimal value) { contractValue = value; }
    public @Nullable BigDecimal getPercentage() { return percentage; }
    public void setPercentage(@Nullable BigDecimal value) { percentage = value; }
    public @Nullable String getPsoLevel() { return psoLevel; }
    public void setPsoLevel(@Nullable String value) { psoLevel = value; }
    public @Nullable LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(@Nullable LocalDate value) { periodStart = value; }
    public @Nullable LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(@Nullable LocalDate value) { periodEnd = value; }
    public @Nullable LocalDate getInterimReportDue() { return interimReportDue; }
    public void setInterimReportDue(@Nullable LocalDate value) { interimReportDue = value; }
    public @Nullable LocalDate getFinalReportDue() { return finalReportDue; }
    public void setFinalReportDue(@Nullable LocalDate value) { finalReportDue = value; }
}
