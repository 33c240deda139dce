package nl.werkbrug.sroi;

import java.math.BigDecimal;

import nl.werkbrug.shared.AuditedEvent;
import nl.werkbrug.shared.TenantEvent;

/**
 * Something that happened to an SROI contract, for the dashboards and the audit trail, delivered after the commit.
 * Carries ids, codes, amounts of the contract, the contracting municipality, the region and the acting user name;
 * never a person's name, pseudonym or benefit.
 */
public sealed interface SroiEvent extends TenantEvent, AuditedEvent {

    long contractId();

    /** The region of the contracting municipality ({@link #tenantId()}), which owns the contract. */
    String regionId();

    /** The contractor. */
    long employerId();

    @Override
    default String auditSubject() {
        return SroiContracts.subject(contractId());
    }

    @Override
    default String auditTenant() {
        return tenantId();
    }

    /** The SROI officer registered a contract with its obligation (after the PSO discount). */
    record ContractRegistered(long contractId, String tenantId, String regionId, long employerId, String actor,
                              BigDecimal netObligation, String model) implements SroiEvent {

        @Override
        public String auditAction() {
            return "SROI_CONTRACT_REGISTERED";
        }

        @Override
        public String auditDetail() {
            return "obligation " + netObligation.toPlainString() + ", model " + model;
        }
    }

    /** The SROI officer accepted the contractor's plan. */
    record PlanAccepted(long contractId, String tenantId, String regionId, long employerId, String actor,
                        BigDecimal plannedValue) implements SroiEvent {

        @Override
        public String auditAction() {
            return "SROI_PLAN_ACCEPTED";
        }

        @Override
        public String auditDetail() {
            return "planned " + plannedValue.toPlainString();
        }
    }

    /** The SROI officer accepted a realisation: its value counts towards the obligation. */
    record RealisationAccepted(long contractId, String tenantId, String regionId, long employerId, String actor,
                               long realisationId, String blockCode, BigDecimal value) implements SroiEvent {

        @Override
        public String auditAction() {
            return "SROI_REALISATION_ACCEPTED";
        }

        @Override
        public String auditDetail() {
            return "realisation " + realisationId + ", " + blockCode + ", " + value.toPlainString();
        }
    }

    /**
     * The SROI officer filed the interim or the final report of a contract; {@code consequence} is what was recorded
     * for an obligation not met at the end ({@code BOETE}, {@code VERLENGING}), or null.
     */
    record ReportFiled(long contractId, String tenantId, String regionId, long employerId, String actor,
                       boolean finalReport, BigDecimal acceptedValue, BigDecimal fulfilledPercent,
                       @org.jspecify.annotations.Nullable String consequence) implements SroiEvent {

        @Override
        public String auditAction() {
            return "SROI_REPORT_FILED";
        }

        @Override
        public String auditDetail() {
            return (finalReport ? "final" : "interim") + ", accepted " + acceptedValue.toPlainString() + " ("
                    + fulfilledPercent.toPlainString() + "%)" + (consequence == null ? "" : ", " + consequence);
        }
    }
}
