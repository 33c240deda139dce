package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.WorkObligation;
import org.jspecify.annotations.Nullable;

/** The work obligation or an exemption for a period. */
@Entity
@Table(name = "candidate_work_obligation")
class ObligationRecord extends FileChild {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private WorkObligation kind;

    @Column(name = "reason")
    private @Nullable String reason;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.EPOCH;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected ObligationRecord() {
        this.kind = WorkObligation.OPGELEGD;
    }

    ObligationRecord(WorkObligation kind, @Nullable String reason, LocalDate validFrom, @Nullable LocalDate validUntil, String recordedBy) {
        this.kind = kind;
        this.reason = reason;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
    }

    WorkObligation kind() {
        return kind;
    }

    @Nullable String reason() {
        return reason;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    @Nullable LocalDate validUntil() {
        return validUntil;
    }

    String recordedBy() {
        return recordedBy;
    }

    void end(LocalDate until) {
        validUntil = until;
    }

    void anonymise() {
        reason = null;
    }
}
