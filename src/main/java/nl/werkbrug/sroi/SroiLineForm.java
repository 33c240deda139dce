package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A plan line or a realisation as the contractor fills it in (a bean for the view's Binder): the block, and what the
 * block measures. A plan line uses persons, hours, months, amount and credit factor; a realisation one person with
 * the pool profile's pseudonym, a description and a start.
 */
public class SroiLineForm {

    private @Nullable String blockCode;
    private int persons = 1;
    private @Nullable BigDecimal hoursPerWeek;
    private @Nullable Integer months;
    private @Nullable BigDecimal amount;
    private @Nullable String creditFactor;
    private @Nullable String pseudonym;
    private @Nullable String description;
    private @Nullable LocalDate startDate;
    private @Nullable Long proposalId;

    public @Nullable String getBlockCode() { return blockCode; }
    public void setBlockCode(@Nullable String value) { blockCode = value; }
    public int getPersons() { return persons; }
    public void setPersons(int value) { persons = value; }
    public @Nullable BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(@Nullable BigDecimal value) { hoursPerWeek = value; }
    public @Nullable Integer getMonths() { return months; }
    public void setMonths(@Nullable Integer value) { months = value; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal value) { amount = value; }
    public @Nullable String getCreditFactor() { return creditFactor; }
    public void setCreditFactor(@Nullable String value) { creditFactor = value; }
    public @Nullable String getPseudonym() { return pseudonym; }
    public void setPseudonym(@Nullable String value) { pseudonym = value; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String value) { description = value; }
    public @Nullable LocalDate getStartDate() { return startDate; }
    public void setStartDate(@Nullable LocalDate value) { startDate = value; }
    /** The proposal (a hire on an SROI vacancy) this realisation confirms, if any. */
    public @Nullable Long getProposalId() { return proposalId; }
    public void setProposalId(@Nullable Long value) { proposalId = value; }
}
