package nl.werkbrug.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * One request as its reader may see it. For the employer the BSN is masked once the request is submitted; the
 * deciding municipality sees it in full.
 *
 * @param catalogueVersionId          the catalogue version the request was made under
 * @param catalogueOverrideVersionId  the municipality's own values at that time, if any
 * @param decisionOutcome             TOEGEKEND or AFGEWEZEN once decided, or as proposed while awaiting approval
 * @param awaitingApproval            a maatwerk decision waits for a second consultant
 * @param departures                  what the maatwerk decision departs from in the catalogue rule, and why
 * @param reference                   the request's reference ({@link SubsidyReference}); none while it is a draft
 * @param monthlyAmount               for a granted loonkostensubsidie: subsidy plus employer-costs allowance per month
 * @param awb                         the Awb terms: extension, notice of default and penalty, what may be done today
 * @param loonwaardemeting            for loonkostensubsidie, the meting the consultant recorded
 * @param lksPeriods                  for loonkostensubsidie with a meting, the amounts per period of the contract
 * @param decisionTermOwn             the catalogue set the decision term; false: Awb 4:13's eight weeks
 * @param coachingPlan                for jobcoaching, the plan the consultant recorded (period, hours, tariff)
 * @param flatRateStart               loonkostensubsidie granted with the municipality's flat-rate start; its months
 *                                    and percentage of the minimum wage where the catalogue gives them (else missing)
 * @param employerContactName         the company's contact person when the request was submitted
 * @param employerAddress             the company's address when the request was submitted
 */
public record SubsidyRequestDetail(long id, String municipality, String municipalityName, long employerId,
                                   String employerName, String instrumentCode, String instrumentName,
                                   long catalogueVersionId, @Nullable Long catalogueOverrideVersionId,
                                   SubsidyStatus status,
                                   @Nullable String employeeName, @Nullable LocalDate employeeBirthDate,
                                   @Nullable String bsn, @Nullable LocalDate contractStart,
                                   @Nullable LocalDate contractEnd, @Nullable BigDecimal hoursPerWeek,
                                   @Nullable BigDecimal monthlyWage, @Nullable BigDecimal loonwaardePercent,
                                   boolean loonwaardemetingRequested, @Nullable CoachKind coachKind,
                                   @Nullable BigDecimal coachHoursPerMonth,
                                   Period decisionTerm, @Nullable LocalDate submittedOn, @Nullable LocalDate deadline,
                                   boolean suspended, boolean overdue, List<InformationRequest> informationRequests,
                                   @Nullable SubsidyStatus decisionOutcome, @Nullable String decisionReasons,
                                   @Nullable String decidedBy, @Nullable LocalDate decidedOn, boolean maatwerk,
                                   @Nullable String proposedBy, @Nullable String approvedBy, boolean awaitingApproval,
                                   List<FieldProblem> departures,
                                   @Nullable BigDecimal establishedLoonwaarde, @Nullable BigDecimal monthlyAmount,
                                   List<AttachmentInfo> attachments, AwbTerms awb,
                                   @Nullable Loonwaardemeting loonwaardemeting,
                                   List<Loonkostensubsidie.PeriodAmount> lksPeriods,
                                   @Nullable String reference, boolean decisionTermOwn,
                                   @Nullable CoachingPlan coachingPlan, boolean flatRateStart,
                                   @Nullable Integer flatRateMonths, @Nullable BigDecimal flatRatePercentage,
                                   @Nullable String employerContactName, @Nullable String employerAddress) {

    public SubsidyRequestDetail {
        informationRequests = List.copyOf(informationRequests);
        attachments = List.copyOf(attachments);
        departures = List.copyOf(departures);
        lksPeriods = List.copyOf(lksPeriods);
    }

    /** The decision term and whether it is the instrument's own or the Awb's eight weeks. */
    public DecisionTermRule decisionTermRule() {
        return new DecisionTermRule(decisionTerm, decisionTermOwn);
    }

    /** The open question, if the municipality is waiting for an answer. */
    public java.util.Optional<InformationRequest> openQuestion() {
        return informationRequests.stream().filter(InformationRequest::isOpen).findFirst();
    }

    /** The fields as a form, to go on editing a draft. */
    public SubsidyRequestForm toForm() {
        SubsidyRequestForm form = new SubsidyRequestForm();
        form.setEmployeeName(employeeName);
        form.setEmployeeBirthDate(employeeBirthDate);
        form.setBsn(status == SubsidyStatus.CONCEPT ? bsn : null);
        form.setContractStart(contractStart);
        form.setContractEnd(contractEnd);
        form.setHoursPerWeek(hoursPerWeek);
        form.setMonthlyWage(monthlyWage);
        form.setLoonwaardePercent(loonwaardePercent);
        form.setLoonwaardemetingRequested(loonwaardemetingRequested);
        form.setCoachKind(coachKind);
        form.setCoachHoursPerMonth(coachHoursPerMonth);
        return form;
    }
}
