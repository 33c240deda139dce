package nl.werkbrug.subsidies.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.subsidies.CoachKind;
import nl.werkbrug.subsidies.SubsidyStatus;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/** A subsidy request, owned by the deciding municipality. Plain state; the rules live in the API services. */
@Entity
@Table(name = "subsidy_request")
public class SubsidyRequest extends TenantOwnedEntity {

    @Column(name = "employer_id", nullable = false, updatable = false)
    public long employerId;
    @Column(name = "employer_name", nullable = false)
    public String employerName = "";
    @Column(name = "instrument_code", nullable = false)
    public String instrumentCode = "";
    @Column(name = "instrument_name", nullable = false)
    public String instrumentName = "";
    @Column(name = "catalogue_regional", nullable = false)
    public boolean catalogueRegional;
    @Column(name = "catalogue_version_id", nullable = false)
    public long catalogueVersionId;
    @Column(name = "catalogue_override_version_id")
    public @Nullable Long catalogueOverrideVersionId;
    /** ISO-8601 period, e.g. P8W. */
    @Column(name = "decision_term", nullable = false)
    public String decisionTerm = "P8W";
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubsidyStatus status = SubsidyStatus.CONCEPT;

    @Column(name = "employee_name")
    public @Nullable String employeeName;
    @Column(name = "employee_birth_date")
    public @Nullable LocalDate employeeBirthDate;
    @Column(name = "employee_bsn")
    public @Nullable String employeeBsn;
    @Column(name = "contract_start")
    public @Nullable LocalDate contractStart;
    @Column(name = "contract_end")
    public @Nullable LocalDate contractEnd;
    @Column(name = "hours_per_week")
    public @Nullable BigDecimal hoursPerWeek;
    @Column(name = "monthly_wage")
    public @Nullable BigDecimal monthlyWage;
    @Column(name = "loonwaarde_percent")
    public @Nullable BigDecimal loonwaardePercent;
    @Column(name = "loonwaardemeting_requested", nullable = false)
    public boolean loonwaardemetingRequested;
    @Enumerated(EnumType.STRING)
    @Column(name = "coach_kind")
    public @Nullable CoachKind coachKind;
    @Column(name = "coach_hours_per_month")
    public @Nullable BigDecimal coachHoursPerMonth;

    @Column(name = "submitted_on")
    public @Nullable LocalDate submittedOn;
    @Column(name = "decision_outcome")
    public @Nullable String decisionOutcome;
    @Column(name = "decision_reasons")
    public @Nullable String decisionReasons;
    @Column(name = "decided_by")
    public @Nullable String decidedBy;
    @Column(name = "decided_on")
    public @Nullable LocalDate decidedOn;
    @Column(name = "maatwerk", nullable = false)
    public boolean maatwerk;
    @Column(name = "proposed_by")
    public @Nullable String proposedBy;
    @Column(name = "approved_by")
    public @Nullable String approvedBy;
    @Column(name = "established_loonwaarde")
    public @Nullable BigDecimal establishedLoonwaarde;
    @Column(name = "monthly_amount")
    public @Nullable BigDecimal monthlyAmount;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy = "";
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    protected SubsidyRequest() {
    }

    public SubsidyRequest(long employerId, String employerName, String createdBy) {
        this.employerId = employerId;
        this.employerName = employerName;
        this.createdBy = createdBy;
    }

}
