package nl.werkbrug.sroi.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.RealisationState;
import org.jspecify.annotations.Nullable;

/**
 * A realisation of a contract: a placed person (pseudonym of the pool profile, municipality of residence), a purchase
 * or an activity, with its value under the contract's model. A block for a target group counts only once the
 * municipality of residence attested it (yes or no, for the block, from a date, with the candidate's consent; no
 * benefit details); then the SROI officer accepts it or rejects it with a reason.
 */
@Entity
@Table(name = "sroi_realisation")
public class SroiRealisation extends SroiContractPart {

    /** What the contractor records. */
    public record Facts(String blockCode, @Nullable String pseudonym, @Nullable String residenceTenant,
                        java.util.@Nullable UUID referralId,
                        String description, LocalDate startDate, SroiMeasure measure) {
    }

    @Column(name = "pseudonym")
    private @Nullable String pseudonym;
    /** The referral (voordracht) the person was hired through, where there is one. */
    @Column(name = "referral_id")
    private java.util.@Nullable UUID referralId;
    /** The SROI vacancy the person was hired on, for a proposal. */
    @Column(name = "vacancy_id", updatable = false)
    private @Nullable Long vacancyId;
    @Column(name = "residence_tenant_id")
    private @Nullable String residenceTenant;
    @Column(name = "description", nullable = false)
    private String description = "";
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;
    @jakarta.persistence.Embedded
    private @Nullable SroiMeasure measure;
    @Column(name = "realised_value", nullable = false)
    private BigDecimal value = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RealisationState state = RealisationState.INGEDIEND;
    @Column(name = "attested")
    private @Nullable Boolean attested;
    @Column(name = "attested_from")
    private @Nullable LocalDate attestedFrom;
    @Column(name = "attested_by")
    private @Nullable String attestedBy;
    @Column(name = "attested_on")
    private @Nullable LocalDate attestedOn;
    @Column(name = "consent_basis")
    private @Nullable String consentBasis;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;
    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy = "";
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected SroiRealisation() {
    }

    /**
     * @param needsAttestation whether the block counts only for a target group the municipality of residence attests
     */
    public SroiRealisation(SroiContract contract, Facts facts, BigDecimal value, boolean needsAttestation,
                           String actor, Instant now) {
        super(accepted(contract), facts.blockCode());
        this.referralId = facts.referralId();
        record(facts, value, needsAttestation);
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    /**
     * A hire through a referral on one of the contract's SROI vacancies: a proposed realisation, in any state of the
     * plan, without a block or value until the contractor confirms it.
     */
    public static SroiRealisation proposed(SroiContract contract, java.util.UUID referralId, long vacancyId,
                                           String residenceTenant, LocalDate start,
                                           @Nullable BigDecimal hoursPerWeek, String description, Instant now) {
        SroiRealisation proposal = new SroiRealisation(contract);
        proposal.referralId = referralId;
        proposal.vacancyId = vacancyId;
        proposal.residenceTenant = residenceTenant;
        proposal.startDate = start;
        proposal.measure = new SroiMeasure(hoursPerWeek, null, null, null);
        proposal.description = description;
        proposal.state = RealisationState.VOORGESTELD;
        proposal.recordedBy = "systeem";
        proposal.recordedAt = now;
        return proposal;
    }

    private SroiRealisation(SroiContract contract) {
        super(contract, null);
    }

    /**
     * The contractor confirms a proposal with what it recorded for the placement (the block, the measure, the value
     * under the model), against the accepted plan; from here it is a realisation like any other.
     */
    public void confirm(SroiContract contract, Facts facts, BigDecimal value, boolean needsAttestation) {
        if (state != RealisationState.VOORGESTELD) {
            throw InvalidInputException.of("proposal", "sroi.error.realisation-state");
        }
        accepted(contract);
        chooseBlock(facts.blockCode());
        record(facts, value, needsAttestation);
    }

    /** What the contractor recorded, valued; a block for a target group waits for the attestation. */
    private void record(Facts facts, BigDecimal value, boolean needsAttestation) {
        if (needsAttestation && (facts.pseudonym() == null || facts.residenceTenant() == null)) {
            throw InvalidInputException.of("pseudonym", "sroi.error.pseudonym-required");
        }
        this.pseudonym = facts.pseudonym();
        this.residenceTenant = facts.residenceTenant();
        this.description = facts.description();
        this.startDate = facts.startDate();
        this.measure = facts.measure();
        this.value = value;
        this.state = needsAttestation ? RealisationState.WACHT_OP_DOELGROEP : RealisationState.INGEDIEND;
    }

    /** Realisations are recorded against an accepted plan only. */
    private static SroiContract accepted(SroiContract contract) {
        contract.requireAcceptedPlan();
        return contract;
    }

    /**
     * The municipality of residence attests (or not) that the person counts for the block from {@code from}, with
     * the candidate's consent ({@code consentBasis}: how it was given).
     */
    public void attest(boolean counts, @Nullable LocalDate from, @Nullable String consentBasis, String actor,
                       LocalDate today) {
        if (state != RealisationState.WACHT_OP_DOELGROEP) {
            throw InvalidInputException.of("attestation", "sroi.error.realisation-state");
        }
        if (consentBasis == null || consentBasis.isBlank()) {
            throw InvalidInputException.of("consentBasis", "sroi.error.consent-required");
        }
        if (counts && from == null) {
            throw InvalidInputException.of("attestedFrom", "sroi.error.required");
        }
        attested = counts;
        attestedFrom = counts ? from : null;
        attestedBy = actor;
        attestedOn = today;
        this.consentBasis = consentBasis;
        state = counts ? RealisationState.INGEDIEND : RealisationState.DOELGROEP_NIET_BEVESTIGD;
    }

    /** The SROI officer accepts: the value counts. */
    public void accept(String actor, LocalDate today) {
        requireSubmitted();
        state = RealisationState.GEACCEPTEERD;
        decidedBy = actor;
        decidedOn = today;
    }

    /** The SROI officer rejects with a reason. */
    public void reject(@Nullable String reason, String actor, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("rejectionReason", "sroi.error.required");
        }
        requireSubmitted();
        state = RealisationState.AFGEWEZEN;
        rejectionReason = reason.strip();
        decidedBy = actor;
        decidedOn = today;
    }

    private void requireSubmitted() {
        if (state != RealisationState.INGEDIEND) {
            throw InvalidInputException.of("decision", "sroi.error.realisation-state");
        }
    }

    public @Nullable String pseudonym() { return pseudonym; }
    public @Nullable String residenceTenant() { return residenceTenant; }
    public java.util.@Nullable UUID referralId() { return referralId; }
    public @Nullable Long vacancyId() { return vacancyId; }
    public String description() { return description; }
    public LocalDate startDate() { return startDate; }
    /** What the realisation measures (Hibernate leaves an all-empty measure null). */
    public SroiMeasure measure() { return measure == null ? SroiMeasure.NONE : measure; }
    public BigDecimal value() { return value; }
    public RealisationState state() { return state; }
    public @Nullable Boolean attested() { return attested; }
    public @Nullable LocalDate attestedFrom() { return attestedFrom; }
    public @Nullable String rejectionReason() { return rejectionReason; }
}
