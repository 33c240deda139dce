package nl.werkbrug.candidates.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.catalogue.Applicability;
import org.jspecify.annotations.Nullable;

/** An instrument deployed in the trajectory plan. */
@Entity
@Table(name = "candidate_deployment")
class DeploymentRecord extends FileChild {

    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode = "";

    @Column(name = "instrument_name", nullable = false)
    private String instrumentName = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "applicability", nullable = false)
    private Applicability.Outcome applicability;

    @Column(name = "provider")
    private @Nullable String provider;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn = LocalDate.EPOCH;

    @Column(name = "planned_end_on")
    private @Nullable LocalDate plannedEndOn;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    @Column(name = "cost")
    private @Nullable BigDecimal cost;

    @Column(name = "outcome")
    private @Nullable String outcome;

    @Column(name = "planned_by", nullable = false)
    private String plannedBy = "";

    protected DeploymentRecord() {
        this.applicability = Applicability.Outcome.UNKNOWN;
    }

    DeploymentRecord(String instrumentCode, String instrumentName, Applicability.Outcome applicability, @Nullable String provider, LocalDate startOn, @Nullable LocalDate plannedEndOn, @Nullable LocalDate endedOn, @Nullable BigDecimal cost, @Nullable String outcome, String plannedBy) {
        this.instrumentCode = instrumentCode;
        this.instrumentName = instrumentName;
        this.applicability = applicability;
        this.provider = provider;
        this.startOn = startOn;
        this.plannedEndOn = plannedEndOn;
        this.endedOn = endedOn;
        this.cost = cost;
        this.outcome = outcome;
        this.plannedBy = plannedBy;
    }

    String instrumentCode() {
        return instrumentCode;
    }

    String instrumentName() {
        return instrumentName;
    }

    Applicability.Outcome applicability() {
        return applicability;
    }

    @Nullable String provider() {
        return provider;
    }

    LocalDate startOn() {
        return startOn;
    }

    @Nullable LocalDate plannedEndOn() {
        return plannedEndOn;
    }

    @Nullable LocalDate endedOn() {
        return endedOn;
    }

    @Nullable BigDecimal cost() {
        return cost;
    }

    @Nullable String outcome() {
        return outcome;
    }

    String plannedBy() {
        return plannedBy;
    }

    void end(LocalDate on, String result) {
        endedOn = on;
        outcome = result;
    }

    void anonymise() {
        outcome = null;
    }
}
