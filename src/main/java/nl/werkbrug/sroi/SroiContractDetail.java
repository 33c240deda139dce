package nl.werkbrug.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contract as the SROI officer and the contractor see it: the obligation, the plan and the realisations with their
 * values, the accepted value and the share of the (net) obligation fulfilled. No benefit details: an attestation is
 * yes or no, for a block, from a date.
 *
 * @param tenant          the contracting municipality
 * @param interimOverdue  the interim report is due and not filed
 * @param finalOverdue    the final report is due and not filed
 * @param consequence     what was recorded for an obligation not met at the end
 * @param vacancies       the ids of the contractor's vacancies published for this contract (SROI vacancies)
 */
public record SroiContractDetail(long id, String tenant, long employerId, String employerName, String subject,
                                 BigDecimal contractValue, BigDecimal percentage, BigDecimal obligation,
                                 @Nullable String psoLevel, @Nullable BigDecimal psoDiscount, BigDecimal netObligation,
                                 SroiModel model, LocalDate periodStart, LocalDate periodEnd,
                                 LocalDate interimReportDue, LocalDate finalReportDue, ContractState state,
                                 @Nullable String changeRequest, @Nullable LocalDate interimFiledOn,
                                 boolean interimOverdue, @Nullable LocalDate finalFiledOn, boolean finalOverdue,
                                 @Nullable Consequence consequence, @Nullable String consequenceNote,
                                 List<PlanLine> plan, List<Realisation> realisations, List<Long> vacancies) {

    public SroiContractDetail {
        plan = List.copyOf(plan);
        realisations = List.copyOf(realisations);
        vacancies = List.copyOf(vacancies);
    }

    /** A line of the plan with its planned value (persons × the block's value for the quantity). */
    public record PlanLine(String blockCode, String blockName, int persons, @Nullable BigDecimal hoursPerWeek,
                           @Nullable Integer months, @Nullable BigDecimal amount, @Nullable String creditFactor,
                           BigDecimal plannedValue) {
    }

    /**
     * A realisation with its value and where it stands.
     *
     * @param blockCode   empty for a proposal (a hire on an SROI vacancy the contractor has not confirmed yet)
     * @param invoiceName the file name of a purchase's invoice
     */
    public record Realisation(long id, String blockCode, String blockName, @Nullable String pseudonym,
                              @Nullable String residenceTenant, boolean viaReferral, String description, LocalDate startDate,
                              @Nullable BigDecimal hoursPerWeek, @Nullable Integer months, @Nullable BigDecimal amount,
                              @Nullable String creditFactor, BigDecimal value, RealisationState state,
                              @Nullable Boolean attested, @Nullable LocalDate attestedFrom,
                              @Nullable String rejectionReason, @Nullable String invoiceName) {

        /** A hire on an SROI vacancy that waits for the contractor to confirm it. */
        public boolean proposal() {
            return state == RealisationState.VOORGESTELD;
        }
    }

    /** The proposals: hires on the contract's SROI vacancies that wait for the contractor. */
    public List<Realisation> proposals() {
        return realisations.stream().filter(Realisation::proposal).toList();
    }

    public BigDecimal plannedValue() {
        return plan.stream().map(PlanLine::plannedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the accepted realisations. */
    public BigDecimal acceptedValue() {
        return realisations.stream().filter(realisation -> realisation.state() == RealisationState.GEACCEPTEERD)
                .map(Realisation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The accepted value as a percentage of the net obligation, one decimal. */
    public BigDecimal fulfilledPercent() {
        return SroiCalculator.fulfilledPercent(acceptedValue(), netObligation);
    }
}
