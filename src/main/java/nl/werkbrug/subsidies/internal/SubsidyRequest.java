package nl.werkbrug.subsidies.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import nl.werkbrug.catalogue.FlatRateStart;
import nl.werkbrug.platform.BsnVault;
import nl.werkbrug.platform.BsnVault.ProtectedBsn;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.Beslistermijn;
import nl.werkbrug.shared.Bsn;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.subsidies.CoachKind;
import nl.werkbrug.subsidies.CoachTariff;
import nl.werkbrug.subsidies.CoachingPlan;
import nl.werkbrug.subsidies.SubsidyEvent.CoachingPlanRecorded;
import nl.werkbrug.subsidies.Ingebrekestelling;
import nl.werkbrug.subsidies.InformationRequest;
import nl.werkbrug.subsidies.Loonwaardemeting;
import nl.werkbrug.subsidies.SubsidyEvent.DecisionTermExtended;
import nl.werkbrug.subsidies.SubsidyEvent.LoonwaardemetingRecorded;
import nl.werkbrug.subsidies.SubsidyEvent.NoticeOfDefaultGiven;
import nl.werkbrug.subsidies.SubsidyEvent.InformationAnswered;
import nl.werkbrug.subsidies.SubsidyEvent.InformationRequested;
import nl.werkbrug.subsidies.SubsidyEvent.MaatwerkApproved;
import nl.werkbrug.subsidies.SubsidyEvent.MaatwerkProposed;
import nl.werkbrug.subsidies.SubsidyEvent;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyHandlingStarted;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyRequestDecided;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyRequestSubmitted;
import nl.werkbrug.subsidies.SubsidyEvent.SubsidyRequestWithdrawn;
import nl.werkbrug.subsidies.SubsidyReference;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A subsidy request, owned by the deciding municipality: the aggregate. Its status changes only through the
 * transitions below, each guarded and each registering its event, which the repository publishes when the request is
 * saved. Four-eyes lives here: while a maatwerk proposal is pending, the request can be decided only by approving that
 * proposal, and never by its proposer.
 */
@Entity
@Table(name = "subsidy_request")
public class SubsidyRequest extends TenantOwnedEntity {

    private static final String JOBCOACHING = "jobcoaching";

    /** Who acts, in which region, and the clock that dates what they do. */
    public record Acting(String username, String regionId, Clock clock) {

        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    /**
     * The content of a decision.
     *
     * @param departures what departs from the catalogue rule (message keys with arguments); empty: within the rule
     */
    public record Decision(SubsidyStatus outcome, String reasons, @Nullable BigDecimal establishedLoonwaarde,
                           @Nullable BigDecimal monthlyAmount, List<FieldProblem> departures,
                           @Nullable FlatRateStart flatRate) {

        public Decision {
            if (!outcome.isGrantOrRefusal()) {
                throw new IllegalArgumentException("A decision grants or refuses: " + outcome);
            }
            departures = List.copyOf(departures);
        }

        public Decision(SubsidyStatus outcome, String reasons, @Nullable BigDecimal establishedLoonwaarde,
                        @Nullable BigDecimal monthlyAmount, List<FieldProblem> departures) {
            this(outcome, reasons, establishedLoonwaarde, monthlyAmount, departures, null);
        }

        public boolean isMaatwerk() {
            return !departures.isEmpty();
        }
    }

    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    @Column(name = "employer_name", nullable = false)
    private String employerName = "";
    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode = "";
    @Column(name = "instrument_name", nullable = false)
    private String instrumentName = "";
    @Column(name = "catalogue_regional", nullable = false)
    private boolean catalogueRegional;
    @Column(name = "catalogue_version_id", nullable = false)
    private long catalogueVersionId;
    @Column(name = "catalogue_override_version_id")
    private @Nullable Long catalogueOverrideVersionId;
    /** ISO-8601 period, e.g. P8W. */
    @Column(name = "decision_term", nullable = false)
    private String decisionTerm = "P8W";
    /** The catalogue set the decision term; false: Awb 4:13's eight weeks apply (issue 12). */
    @Column(name = "decision_term_own", nullable = false)
    private boolean decisionTermOwn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SubsidyStatus status = SubsidyStatus.CONCEPT;

    @Column(name = "employee_name")
    private @Nullable String employeeName;
    @Column(name = "employee_birth_date")
    private @Nullable LocalDate employeeBirthDate;
    /** The employee's BSN sealed by {@link BsnVault}, with its blind index and masked form; never the number. */
    @Column(name = "employee_bsn_sealed")
    private @Nullable String employeeBsnSealed;
    @Column(name = "employee_bsn_index")
    private @Nullable String employeeBsnIndex;
    @Column(name = "employee_bsn_masked")
    private @Nullable String employeeBsnMasked;
    @Column(name = "contract_start")
    private @Nullable LocalDate contractStart;
    @Column(name = "contract_end")
    private @Nullable LocalDate contractEnd;
    @Column(name = "hours_per_week")
    private @Nullable BigDecimal hoursPerWeek;
    @Column(name = "monthly_wage")
    private @Nullable BigDecimal monthlyWage;
    @Column(name = "loonwaarde_percent")
    private @Nullable BigDecimal loonwaardePercent;
    @Column(name = "loonwaardemeting_requested", nullable = false)
    private boolean loonwaardemetingRequested;
    @Enumerated(EnumType.STRING)
    @Column(name = "coach_kind")
    private @Nullable CoachKind coachKind;
    @Column(name = "coach_hours_per_month")
    private @Nullable BigDecimal coachHoursPerMonth;

    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;
    /** The referral whose placement the request is filed for, if the employer filed it from there (issue 9). */
    @Column(name = "placement_ref")
    private java.util.@Nullable UUID placementRef;

    /** The reference the employer, the municipality and every mail and letter use, e.g. GM0164-2026-000123. */
    @Column(name = "reference")
    private @Nullable String reference;
    @Column(name = "decision_outcome")
    private @Nullable String decisionOutcome;
    @Column(name = "decision_reasons")
    private @Nullable String decisionReasons;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;
    @Column(name = "maatwerk", nullable = false)
    private boolean maatwerk;
    @Column(name = "maatwerk_departures")
    private @Nullable String maatwerkDepartures;
    @Column(name = "proposed_by")
    private @Nullable String proposedBy;
    @Column(name = "approved_by")
    private @Nullable String approvedBy;
    @Column(name = "established_loonwaarde")
    private @Nullable BigDecimal establishedLoonwaarde;
    @Column(name = "monthly_amount")
    private @Nullable BigDecimal monthlyAmount;
    /** Awb 4:14: the one extension of the decision term, the day it was given, the new date and why. */
    @Column(name = "extended_on")
    private @Nullable LocalDate extendedOn;
    @Column(name = "extended_to")
    private @Nullable LocalDate extendedTo;
    @Column(name = "extension_reason")
    private @Nullable String extensionReason;
    /** Awb 4:17: the day the employer's notice of default was received. */
    @Column(name = "default_notice_on")
    private @Nullable LocalDate defaultNoticeOn;
    @Column(name = "meting_by")
    private @Nullable String metingBy;
    @Column(name = "meting_method")
    private @Nullable String metingMethod;
    @Column(name = "meting_on")
    private @Nullable LocalDate metingOn;
    @Column(name = "meting_loonwaarde")
    private @Nullable BigDecimal metingLoonwaarde;
    /** Jobcoaching: the plan the consultant recorded (goals, whose judgement, period, hours, tariff). */
    @Column(name = "coach_goals")
    private @Nullable String coachGoals;
    @Column(name = "coach_judged_by")
    private @Nullable String coachJudgedBy;
    @Column(name = "coach_from")
    private @Nullable LocalDate coachFrom;
    @Column(name = "coach_to")
    private @Nullable LocalDate coachTo;
    @Column(name = "coach_plan_hours")
    private @Nullable BigDecimal coachPlanHours;
    @Column(name = "coach_tariff")
    private @Nullable BigDecimal coachTariff;
    @Column(name = "coach_tariff_entered")
    private @Nullable Boolean coachTariffEntered;
    /** Loonkostensubsidie granted with the municipality's flat-rate start. */
    @Column(name = "flat_rate_start", nullable = false)
    private boolean flatRateStart;
    /** The flat-rate start's period and percentage of the minimum wage, where the catalogue gives them. */
    @Column(name = "flat_rate_months")
    private @Nullable Integer flatRateMonths;
    @Column(name = "flat_rate_percentage")
    private @Nullable BigDecimal flatRatePercentage;
    /** The employer's contact person and address as they were when the request was submitted: the letter's addressee. */
    @Column(name = "employer_contact_name")
    private @Nullable String employerContactName;
    @Column(name = "employer_address")
    private @Nullable String employerAddress;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private final List<SubsidyEvent> events = new ArrayList<>();

    protected SubsidyRequest() {
        createdAt = Instant.EPOCH;
        updatedAt = Instant.EPOCH;
    }

    /** A new draft for an instrument of the catalogue version it is requested under. */
    public SubsidyRequest(long employerId, String employerName, CatalogueChoice instrument, Acting by) {
        this.employerId = employerId;
        this.employerName = employerName;
        this.instrumentCode = instrument.code();
        this.instrumentName = instrument.name();
        this.catalogueRegional = instrument.regional();
        this.catalogueVersionId = instrument.versionId();
        this.catalogueOverrideVersionId = instrument.overrideVersionId();
        this.decisionTerm = instrument.decisionTerm();
        this.decisionTermOwn = instrument.ownDecisionTerm();
        this.createdBy = by.username();
        this.createdAt = by.clock().instant();
        this.updatedAt = createdAt;
    }

    /** The instrument and catalogue version a draft is made under. */
    public record CatalogueChoice(String code, String name, boolean regional, long versionId,
                                  @Nullable Long overrideVersionId, String decisionTerm, boolean ownDecisionTerm) {
    }

    /** The company's contact person and address when the request is submitted; the letter is addressed to them. */
    public record Addressee(@Nullable String contactName, @Nullable String address) {
    }

    /** What the employer fills in; only a draft can be edited. */
    public record Content(@Nullable String employeeName, @Nullable LocalDate employeeBirthDate, @Nullable String bsn,
                          @Nullable LocalDate contractStart, @Nullable LocalDate contractEnd,
                          @Nullable BigDecimal hoursPerWeek, @Nullable BigDecimal monthlyWage,
                          @Nullable BigDecimal loonwaardePercent, boolean loonwaardemetingRequested,
                          @Nullable CoachKind coachKind, @Nullable BigDecimal coachHoursPerMonth) {
    }

    /** Takes what the employer filled in; the BSN, valid or absent in a draft, is kept only as {@code vault} seals it. */
    public void editDraft(Content content, Function<Bsn, ProtectedBsn> vault, Acting by) {
        require(status == SubsidyStatus.CONCEPT);
        employeeName = content.employeeName();
        employeeBirthDate = content.employeeBirthDate();
        ProtectedBsn bsn = content.bsn() == null ? null : vault.apply(Bsn.parse(content.bsn()));
        employeeBsnSealed = bsn == null ? null : bsn.sealed();
        employeeBsnIndex = bsn == null ? null : bsn.index();
        employeeBsnMasked = bsn == null ? null : bsn.masked();
        contractStart = content.contractStart();
        contractEnd = content.contractEnd();
        hoursPerWeek = content.hoursPerWeek();
        monthlyWage = content.monthlyWage();
        loonwaardePercent = content.loonwaardePercent();
        loonwaardemetingRequested = content.loonwaardemetingRequested();
        coachKind = content.coachKind();
        coachHoursPerMonth = content.coachHoursPerMonth();
        touched(by);
    }

    /** Submits a complete draft ({@code problems} are those of the complete form): from today the decision term runs. */
    public void submit(List<FieldProblem> problems, Addressee addressee, Acting by) {
        require(status == SubsidyStatus.CONCEPT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        employerContactName = addressee.contactName();
        employerAddress = addressee.address();
        status = SubsidyStatus.INGEDIEND;
        submittedOn = by.today();
        touched(by);
        events.add(new SubsidyRequestSubmitted(id(), tenantId(), by.regionId(), employerId, by.username(), instrumentCode,
                decisionTerm));
    }

    /** The draft is filed for the placement of this referral (the employer's claim; the referrals module checks it). */
    public void forPlacement(java.util.UUID referral) {
        require(status == SubsidyStatus.CONCEPT);
        placementRef = referral;
    }

    /**
     * Numbers a submitted request once; {@code reference} is the municipality's next for the year of submission. A
     * request filed for a placement says so now that it has its reference.
     */
    public void number(SubsidyReference reference, Acting by) {
        require(status != SubsidyStatus.CONCEPT && this.reference == null);
        this.reference = reference.value();
        if (placementRef != null) {
            events.add(new SubsidyEvent.SubsidyRequestedForPlacement(id(), tenantId(), by.regionId(), employerId,
                    by.username(), placementRef, this.reference, instrumentCode));
        }
    }

    public void startHandling(Acting by) {
        require(status == SubsidyStatus.INGEDIEND);
        status = SubsidyStatus.IN_BEHANDELING;
        touched(by);
        events.add(new SubsidyHandlingStarted(id(), tenantId(), by.regionId(), employerId, by.username()));
    }

    /** Asks the employer to complete the request; the decision term stands still until the answer. */
    public void askForInformation(Acting by) {
        require(isUndecided() && status != SubsidyStatus.INFORMATIE_GEVRAAGD && !awaitsApproval());
        status = SubsidyStatus.INFORMATIE_GEVRAAGD;
        touched(by);
        events.add(new InformationRequested(id(), tenantId(), by.regionId(), employerId, by.username()));
    }

    public void answer(Acting by) {
        require(status == SubsidyStatus.INFORMATIE_GEVRAAGD);
        status = SubsidyStatus.IN_BEHANDELING;
        touched(by);
        events.add(new InformationAnswered(id(), tenantId(), by.regionId(), employerId, by.username()));
    }

    /**
     * Decides within the catalogue rule. A decision that departs from the rule cannot take effect here: it becomes a
     * proposal for a second consultant ({@link #proposeMaatwerk}); while a proposal is pending, nothing decides the
     * request another way.
     */
    public void decide(Decision decision, Acting by) {
        require(isUndecided());
        if (awaitsApproval()) {
            throw InvalidInputException.of("approval", "subsidy.error.proposal-pending", proposedBy);
        }
        if (decision.isMaatwerk()) {
            throw new IllegalStateException("A decision that departs from the catalogue rule must be proposed as maatwerk");
        }
        record(decision);
        maatwerk = false;
        maatwerkDepartures = null;
        proposedBy = null;
        approvedBy = null;
        decided(by.username(), by);
        events.add(new SubsidyRequestDecided(id(), tenantId(), by.regionId(), employerId, by.username(),
                SubsidyStatus.valueOf(decisionOutcome()), monthlyAmount, false));
    }

    /** Proposes a decision that departs from the catalogue rule; it waits for another consultant's approval. */
    public void proposeMaatwerk(Decision decision, Acting by) {
        require(isUndecided());
        if (awaitsApproval()) {
            throw InvalidInputException.of("approval", "subsidy.error.proposal-pending", proposedBy);
        }
        if (!decision.isMaatwerk()) {
            throw new IllegalStateException("A decision within the catalogue rule needs no second consultant");
        }
        record(decision);
        maatwerk = true;
        maatwerkDepartures = Departures.write(decision.departures());
        proposedBy = by.username();
        approvedBy = null;
        touched(by);
        events.add(new MaatwerkProposed(id(), tenantId(), by.regionId(), employerId, by.username(), decision.outcome(),
                monthlyAmount, decision.departures().stream().map(FieldProblem::messageKey).toList()));
    }

    /** Another consultant approves the pending proposal; then it takes effect as proposed. */
    public void approveMaatwerk(Acting by) {
        require(isUndecided() && awaitsApproval());
        String proposer = proposedBy;
        if (by.username().equals(proposer)) {
            throw InvalidInputException.of("approval", "subsidy.error.four-eyes");
        }
        approvedBy = by.username();
        decided(proposer, by);
        events.add(new MaatwerkApproved(id(), tenantId(), by.regionId(), employerId, by.username(), proposer));
        events.add(new SubsidyRequestDecided(id(), tenantId(), by.regionId(), employerId, by.username(), status,
                monthlyAmount, true));
    }

    /**
     * Awb 4:14: extends the decision term once, before it ends, to a later date with a reason; the employer is told.
     *
     * @param current the term as it stands (see {@code SubsidyRecords#clock})
     */
    public void extendTerm(Beslistermijn current, @Nullable LocalDate newDeadline, String reason, Acting by) {
        require(isUndecided());
        if (newDeadline == null) {
            throw InvalidInputException.of("newDeadline", "subsidy.error.required");
        }
        if (reason.isBlank()) {
            throw InvalidInputException.of("extensionReason", "subsidy.error.required");
        }
        Beslistermijn extended;
        try {
            extended = current.extend(by.today(), newDeadline, reason);
        } catch (IllegalStateException notNow) {
            throw InvalidInputException.of("newDeadline", "subsidy.error.extension-not-now");
        } catch (IllegalArgumentException tooEarly) {
            throw InvalidInputException.of("newDeadline", "subsidy.error.extension-date", current.asOf(by.today()).deadline());
        }
        Beslistermijn.Extension extension = java.util.Objects.requireNonNull(extended.extension());
        extendedOn = extension.givenOn();
        extendedTo = extension.newDeadline();
        extensionReason = extension.reason();
        touched(by);
        events.add(new DecisionTermExtended(id(), tenantId(), by.regionId(), employerId, by.username(),
                java.util.Objects.requireNonNull(extended.deadline())));
    }

    /**
     * Awb 4:5: the employer let the term to answer {@code question} pass unused, so the consultant decides not to
     * consider the request (buiten behandeling stellen), with reasons; a decision with its own letter and bezwaar clause.
     */
    public void setAside(InformationRequest question, String reasons, Acting by) {
        require(status == SubsidyStatus.INFORMATIE_GEVRAAGD);
        if (awaitsApproval()) {
            throw InvalidInputException.of("approval", "subsidy.error.proposal-pending", proposedBy);
        }
        if (!question.answerTermPassed(by.today())) {
            throw InvalidInputException.of("setAsideReasons", "subsidy.error.answer-term-running", question.answerDue());
        }
        if (reasons.isBlank()) {
            throw InvalidInputException.of("setAsideReasons", "subsidy.error.reasons");
        }
        decisionOutcome = SubsidyStatus.BUITEN_BEHANDELING.name();
        decisionReasons = reasons.strip();
        establishedLoonwaarde = null;
        monthlyAmount = null;
        decided(by.username(), by);
        events.add(new SubsidyRequestDecided(id(), tenantId(), by.regionId(), employerId, by.username(),
                SubsidyStatus.BUITEN_BEHANDELING, null, false));
    }

    /** Awb 4:17: the employer gives notice of default, possible once the decision term has passed. */
    public void giveNoticeOfDefault(Beslistermijn current, Acting by) {
        require(isUndecided() && defaultNoticeOn == null);
        Ingebrekestelling notice;
        try {
            notice = Ingebrekestelling.give(current, by.today());
        } catch (IllegalStateException early) {
            throw InvalidInputException.of("notice", "subsidy.error.notice-too-early");
        }
        defaultNoticeOn = notice.received();
        touched(by);
        events.add(new NoticeOfDefaultGiven(id(), tenantId(), by.regionId(), employerId, by.username(), notice.penaltyFrom()));
    }

    /** The consultant records the loonwaardemeting at the workplace; it replaces an earlier one. */
    public void recordLoonwaardemeting(Loonwaardemeting meting, Acting by) {
        require(isUndecided());
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(meting));
        if (meting.measuredOn() != null && meting.measuredOn().isAfter(by.today())) {
            problems.add(FieldProblem.of("measuredOn", "subsidy.error.meting-future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        metingBy = meting.measuredBy().strip();
        metingMethod = meting.method().strip();
        metingOn = meting.measuredOn();
        metingLoonwaarde = meting.loonwaardePercent();
        touched(by);
        events.add(new LoonwaardemetingRecorded(id(), tenantId(), by.regionId(), employerId, by.username(), metingMethod,
                meting.measuredOn()));
    }

    /**
     * The consultant records the jobcoaching plan (goals, period, hours as the labour expert or jobcoach organisation
     * judged them, tariff); it replaces an earlier one. A grant of jobcoaching rests on it.
     */
    public void recordCoachingPlan(CoachingPlan plan, Acting by) {
        require(isUndecided() && !awaitsApproval() && JOBCOACHING.equals(instrumentCode));
        List<FieldProblem> problems = plan.problems();
        if (plan.tariff() == null) {
            problems = new ArrayList<>(problems);
            problems.add(FieldProblem.of("tariff", "subsidy.error.coach-tariff-needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        coachGoals = plan.goals();
        coachJudgedBy = plan.judgedBy();
        coachFrom = plan.from();
        coachTo = plan.to();
        coachPlanHours = plan.hoursPerMonth();
        coachTariff = java.util.Objects.requireNonNull(plan.tariff()).perHour();
        coachTariffEntered = plan.tariff().entered();
        touched(by);
        events.add(new CoachingPlanRecorded(id(), tenantId(), by.regionId(), employerId, by.username(), plan.from(),
                plan.to(), plan.hoursPerMonth(), plan.tariff().entered()));
    }

    /** The employer withdraws a request that is not yet decided. */
    public void withdraw(Acting by) {
        require(status == SubsidyStatus.CONCEPT || isUndecided());
        status = SubsidyStatus.INGETROKKEN;
        touched(by);
        events.add(new SubsidyRequestWithdrawn(id(), tenantId(), by.regionId(), employerId, by.username()));
    }

    /** Whether documents may still be added: a draft, or a request that is not yet decided. */
    public boolean takesDocuments() {
        return status == SubsidyStatus.CONCEPT || isUndecided();
    }

    public boolean awaitsApproval() {
        return proposedBy != null && decisionOutcome != null && status.isOpen();
    }

    private boolean isUndecided() {
        return status.isOpen();
    }

    private void record(Decision decision) {
        if (decision.outcome() == SubsidyStatus.TOEGEKEND && JOBCOACHING.equals(instrumentCode) && coachingPlan() == null) {
            throw InvalidInputException.of("coachingPlan", "subsidy.error.coaching-plan-needed");
        }
        FlatRateStart flatRate = decision.outcome() == SubsidyStatus.TOEGEKEND ? decision.flatRate() : null;
        flatRateStart = flatRate != null;
        flatRateMonths = flatRate == null ? null : flatRate.months();
        flatRatePercentage = flatRate == null ? null : flatRate.percentageWml();
        decisionOutcome = decision.outcome().name();
        decisionReasons = decision.reasons().strip();
        establishedLoonwaarde = decision.establishedLoonwaarde();
        monthlyAmount = decision.monthlyAmount();
    }

    private void decided(@Nullable String decider, Acting by) {
        decidedBy = decider;
        decidedOn = by.today();
        status = SubsidyStatus.valueOf(decisionOutcome());
        touched(by);
    }

    private String decisionOutcome() {
        if (decisionOutcome == null) {
            throw new IllegalStateException("No decision recorded");
        }
        return decisionOutcome;
    }

    private void touched(Acting by) {
        updatedAt = by.clock().instant();
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw InvalidInputException.of("status", "subsidy.error.state");
        }
    }

    @DomainEvents
    Collection<SubsidyEvent> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }

    public long employerId() {
        return employerId;
    }

    public String employerName() {
        return employerName;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String instrumentName() {
        return instrumentName;
    }

    public boolean catalogueRegional() {
        return catalogueRegional;
    }

    public long catalogueVersionId() {
        return catalogueVersionId;
    }

    public @Nullable Long catalogueOverrideVersionId() {
        return catalogueOverrideVersionId;
    }

    public String decisionTerm() {
        return decisionTerm;
    }

    public boolean decisionTermOwn() {
        return decisionTermOwn;
    }

    public @Nullable CoachingPlan coachingPlan() {
        return coachGoals == null || coachJudgedBy == null || coachFrom == null || coachTo == null
                || coachPlanHours == null || coachTariff == null ? null
                : new CoachingPlan(coachGoals, coachJudgedBy, coachFrom, coachTo, coachPlanHours,
                new CoachTariff(coachTariff, Boolean.TRUE.equals(coachTariffEntered)));
    }

    public boolean flatRateStart() {
        return flatRateStart;
    }

    public @Nullable Integer flatRateMonths() {
        return flatRateMonths;
    }

    public @Nullable BigDecimal flatRatePercentage() {
        return flatRatePercentage;
    }

    public Addressee addressee() {
        return new Addressee(employerContactName, employerAddress);
    }

    public SubsidyStatus status() {
        return status;
    }

    public @Nullable String employeeName() {
        return employeeName;
    }

    public @Nullable LocalDate employeeBirthDate() {
        return employeeBirthDate;
    }

    /** The sealed BSN, for {@link BsnVault#reveal}. */
    public @Nullable String employeeBsnSealed() {
        return employeeBsnSealed;
    }

    public @Nullable String employeeBsnMasked() {
        return employeeBsnMasked;
    }

    public @Nullable LocalDate contractStart() {
        return contractStart;
    }

    public @Nullable LocalDate contractEnd() {
        return contractEnd;
    }

    public @Nullable BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public @Nullable BigDecimal monthlyWage() {
        return monthlyWage;
    }

    public @Nullable BigDecimal loonwaardePercent() {
        return loonwaardePercent;
    }

    public boolean loonwaardemetingRequested() {
        return loonwaardemetingRequested;
    }

    public @Nullable CoachKind coachKind() {
        return coachKind;
    }

    public @Nullable BigDecimal coachHoursPerMonth() {
        return coachHoursPerMonth;
    }

    public @Nullable String reference() {
        return reference;
    }

    public @Nullable LocalDate submittedOn() {
        return submittedOn;
    }

    public @Nullable SubsidyStatus outcome() {
        return decisionOutcome == null ? null : SubsidyStatus.valueOf(decisionOutcome);
    }

    public @Nullable String decisionReasons() {
        return decisionReasons;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable LocalDate decidedOn() {
        return decidedOn;
    }

    public boolean maatwerk() {
        return maatwerk;
    }

    /** What departs from the catalogue rule, as stored with the proposal. */
    public List<FieldProblem> departures() {
        return Departures.read(maatwerkDepartures);
    }

    public @Nullable String proposedBy() {
        return proposedBy;
    }

    public @Nullable String approvedBy() {
        return approvedBy;
    }

    public @Nullable BigDecimal establishedLoonwaarde() {
        return establishedLoonwaarde;
    }

    public @Nullable BigDecimal monthlyAmount() {
        return monthlyAmount;
    }

    public Beslistermijn.@Nullable Extension extension() {
        return extendedOn == null || extendedTo == null || extensionReason == null ? null
                : new Beslistermijn.Extension(extendedOn, extendedTo, extensionReason);
    }

    public @Nullable Ingebrekestelling noticeOfDefault() {
        return defaultNoticeOn == null ? null : new Ingebrekestelling(defaultNoticeOn);
    }

    public @Nullable Loonwaardemeting loonwaardemeting() {
        return metingBy == null || metingMethod == null || metingOn == null || metingLoonwaarde == null ? null
                : new Loonwaardemeting(metingBy, metingMethod, metingOn, metingLoonwaarde);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Departures as stored: one per line, field, key and arguments separated by tabs. */
    static final class Departures {

        private Departures() {
        }

        static @Nullable String write(List<FieldProblem> departures) {
            List<String> lines = new ArrayList<>();
            for (FieldProblem departure : departures) {
                List<String> parts = new ArrayList<>(List.of(departure.field(), departure.messageKey()));
                departure.args().forEach(arg -> parts.add(String.valueOf(arg).replace('\t', ' ').replace('\n', ' ')));
                lines.add(String.join("\t", parts));
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }

        static List<FieldProblem> read(@Nullable String stored) {
            if (stored == null || stored.isBlank()) {
                return List.of();
            }
            return stored.lines().map(line -> line.split("\t", -1)).map(parts -> new FieldProblem(parts[0], parts[1],
                    List.<Object>copyOf(Arrays.asList(parts).subList(2, parts.length)))).toList();
        }
    }
}
