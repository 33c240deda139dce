package nl.werkbrug.sroi.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import nl.werkbrug.sroi.Consequence;
import nl.werkbrug.sroi.ContractState;
import nl.werkbrug.sroi.SroiCalculator;
import nl.werkbrug.sroi.SroiModel;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/**
 * An SROI contract of the contracting municipality: the aggregate. The obligation is computed from the contract
 * value and percentage by the model in force at the contract's start; a contract below the model's threshold, with a
 * percentage the model does not allow or a period that ends before it starts is refused with the reason at its field.
 * The plan moves only through the transitions below.
 */
@Entity
@Table(name = "sroi_contract")
public class SroiContract extends TenantOwnedEntity {

    /** What the SROI officer fills in to register a contract. */
    public record Registration(long employerId, String employerName, @Nullable String subject,
                               @Nullable BigDecimal contractValue, @Nullable BigDecimal percentage,
                               @Nullable String psoLevel, @Nullable LocalDate periodStart,
                               @Nullable LocalDate periodEnd, @Nullable LocalDate interimReportDue,
                               @Nullable LocalDate finalReportDue) {
    }

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId = "";
    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;
    @Column(name = "employer_name", nullable = false)
    private String employerName = "";
    @Column(name = "subject", nullable = false)
    private String subject = "";
    @Column(name = "contract_value", nullable = false)
    private BigDecimal contractValue = BigDecimal.ZERO;
    @Column(name = "percentage", nullable = false)
    private BigDecimal percentage = BigDecimal.ZERO;
    @Column(name = "obligation", nullable = false)
    private BigDecimal obligation = BigDecimal.ZERO;
    @Column(name = "pso_level")
    private @Nullable String psoLevel;
    @Column(name = "pso_discount")
    private @Nullable BigDecimal psoDiscount;
    @Column(name = "net_obligation", nullable = false)
    private BigDecimal netObligation = BigDecimal.ZERO;
    @Column(name = "model_id", nullable = false)
    private String modelId = "";
    @Column(name = "model_version", nullable = false)
    private String modelVersion = "";
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart = LocalDate.EPOCH;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd = LocalDate.EPOCH;
    @Column(name = "interim_report_due", nullable = false)
    private LocalDate interimReportDue = LocalDate.EPOCH;
    @Column(name = "final_report_due", nullable = false)
    private LocalDate finalReportDue = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ContractState state = ContractState.PLAN_GEVRAAGD;
    @Column(name = "change_request")
    private @Nullable String changeRequest;
    @Column(name = "plan_submitted_by")
    private @Nullable String planSubmittedBy;
    @Column(name = "plan_accepted_by")
    private @Nullable String planAcceptedBy;
    @Column(name = "interim_filed_on")
    private @Nullable LocalDate interimFiledOn;
    @Column(name = "interim_filed_by")
    private @Nullable String interimFiledBy;
    @Column(name = "final_filed_on")
    private @Nullable LocalDate finalFiledOn;
    @Column(name = "final_filed_by")
    private @Nullable String finalFiledBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "consequence")
    private @Nullable Consequence consequence;
    @Column(name = "consequence_note")
    private @Nullable String consequenceNote;
    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy = "";
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt = Instant.EPOCH;

    protected SroiContract() {
    }

    /**
     * Registers a contract under {@code model}.
     *
     * @throws InvalidInputException naming each field that breaks a rule (below the threshold, a percentage the
     *                               model does not allow, a missing value, an end before the start)
     */
    public static SroiContract register(Registration registration, SroiModel model, String regionId, String actor,
                                        Instant now) {
        List<FieldProblem> problems = problems(registration, model);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SroiContract contract = new SroiContract();
        contract.regionId = regionId;
        contract.employerId = registration.employerId();
        contract.employerName = registration.employerName();
        contract.subject = registration.subject().strip();
        contract.contractValue = registration.contractValue();
        contract.percentage = registration.percentage();
        contract.obligation = SroiCalculator.obligation(registration.contractValue(), registration.percentage());
        contract.psoLevel = registration.psoLevel() == null || registration.psoLevel().isBlank() ? null
                : registration.psoLevel().strip();
        contract.psoDiscount = model.psoDiscount(contract.psoLevel).orElse(null);
        contract.netObligation = SroiCalculator.netObligation(contract.obligation, contract.psoDiscount);
        contract.modelId = model.id();
        contract.modelVersion = model.version();
        contract.periodStart = registration.periodStart();
        contract.periodEnd = registration.periodEnd();
        contract.interimReportDue = registration.interimReportDue();
        contract.finalReportDue = registration.finalReportDue();
        contract.registeredBy = actor;
        contract.registeredAt = now;
        return contract;
    }

    /** What is wrong with a registration under {@code model}; empty: it can be registered. */
    public static List<FieldProblem> problems(Registration registration, SroiModel model) {
        List<FieldProblem> problems = new ArrayList<>();
        if (registration.subject() == null || registration.subject().isBlank()) {
            problems.add(FieldProblem.of("subject", "sroi.error.required"));
        }
        BigDecimal value = registration.contractValue();
        BigDecimal threshold = model.threshold().value();
        if (value == null) {
            problems.add(FieldProblem.of("contractValue", "sroi.error.required"));
        } else if (threshold != null && value.compareTo(threshold) < 0) {
            problems.add(FieldProblem.of("contractValue", "sroi.error.below-threshold", threshold.toBigInteger()));
        } else if (value.signum() <= 0) {
            problems.add(FieldProblem.of("contractValue", "sroi.error.positive"));
        }
        BigDecimal percentage = registration.percentage();
        if (percentage == null) {
            problems.add(FieldProblem.of("percentage", "sroi.error.required"));
        } else if (!model.percentages().values().isEmpty() && model.percentages().values().stream()
                .noneMatch(allowed -> allowed.compareTo(percentage) == 0)) {
            problems.add(FieldProblem.of("percentage", "sroi.error.percentage", model.percentages().values().stream()
                    .map(BigDecimal::toPlainString).map(text -> text + "%").reduce((a, b) -> a + ", " + b).orElse("")));
        }
        required(problems, "periodStart", registration.periodStart());
        required(problems, "periodEnd", registration.periodEnd());
        required(problems, "interimReportDue", registration.interimReportDue());
        required(problems, "finalReportDue", registration.finalReportDue());
        if (registration.periodStart() != null && registration.periodEnd() != null
                && !registration.periodEnd().isAfter(registration.periodStart())) {
            problems.add(FieldProblem.of("periodEnd", "sroi.error.end-before-start"));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, @Nullable Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "sroi.error.required"));
        }
    }

    /** The contractor files the plan (again): only while the officer awaits one. */
    public void submitPlan(String actor) {
        if (!state.planOpen()) {
            throw InvalidInputException.of("plan", "sroi.error.plan-state");
        }
        state = ContractState.PLAN_INGEDIEND;
        planSubmittedBy = actor;
        changeRequest = null;
    }

    /** The officer accepts the filed plan. */
    public void acceptPlan(String actor) {
        requireState(ContractState.PLAN_INGEDIEND);
        state = ContractState.PLAN_GEACCEPTEERD;
        planAcceptedBy = actor;
    }

    /** The officer asks the contractor to change the filed plan, saying what. */
    public void askChanges(@Nullable String request) {
        if (request == null || request.isBlank()) {
            throw InvalidInputException.of("changeRequest", "sroi.error.required");
        }
        requireState(ContractState.PLAN_INGEDIEND);
        state = ContractState.WIJZIGING_GEVRAAGD;
        changeRequest = request.strip();
    }

    /** Realisations are recorded against an accepted plan only. */
    public void requireAcceptedPlan() {
        requireState(ContractState.PLAN_GEACCEPTEERD);
    }

    /** The officer files the interim report. */
    public void fileInterimReport(String actor, LocalDate today) {
        requireState(ContractState.PLAN_GEACCEPTEERD);
        interimFiledOn = today;
        interimFiledBy = actor;
    }

    /**
     * The officer files the final report. An obligation not met ({@code fulfilledPercent} below 100) is recorded with
     * the agreed consequence and what it amounts to; a met obligation has none.
     */
    public void fileFinalReport(BigDecimal fulfilledPercent, @Nullable Consequence agreed, @Nullable String note,
                                String actor, LocalDate today) {
        requireState(ContractState.PLAN_GEACCEPTEERD);
        if (finalFiledOn != null) {
            throw InvalidInputException.of("finalReport", "sroi.error.final-filed");
        }
        boolean met = fulfilledPercent.compareTo(BigDecimal.valueOf(100)) >= 0;
        if (!met && agreed == null) {
            throw InvalidInputException.of("consequence", "sroi.error.consequence-required");
        }
        if (!met && (note == null || note.isBlank())) {
            throw InvalidInputException.of("consequenceNote", "sroi.error.required");
        }
        if (met && agreed != null) {
            throw InvalidInputException.of("consequence", "sroi.error.consequence-met");
        }
        finalFiledOn = today;
        finalFiledBy = actor;
        consequence = agreed;
        consequenceNote = met ? null : note.strip();
    }

    private void requireState(ContractState required) {
        if (state != required) {
            throw InvalidInputException.of("plan", "sroi.error.plan-state");
        }
    }

    public String regionId() { return regionId; }
    public long employerId() { return employerId; }
    public String employerName() { return employerName; }
    public String subject() { return subject; }
    public BigDecimal contractValue() { return contractValue; }
    public BigDecimal percentage() { return percentage; }
    public BigDecimal obligation() { return obligation; }
    public @Nullable String psoLevel() { return psoLevel; }
    public @Nullable BigDecimal psoDiscount() { return psoDiscount; }
    public BigDecimal netObligation() { return netObligation; }
    public String modelId() { return modelId; }
    public String modelVersion() { return modelVersion; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public LocalDate interimReportDue() { return interimReportDue; }
    public LocalDate finalReportDue() { return finalReportDue; }
    public ContractState state() { return state; }
    public @Nullable String changeRequest() { return changeRequest; }
    public @Nullable LocalDate interimFiledOn() { return interimFiledOn; }
    public @Nullable LocalDate finalFiledOn() { return finalFiledOn; }
    public @Nullable Consequence consequence() { return consequence; }
    public @Nullable String consequenceNote() { return consequenceNote; }
}
