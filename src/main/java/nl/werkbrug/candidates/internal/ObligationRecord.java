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
class ObligationRecord extends PeriodEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private WorkObligation kind;

    @Column(name = "reason")
    private @Nullable String reason;

    protected ObligationRecord() {
        this.kind = WorkObligation.OPGELEGD;
    }

    ObligationRecord(WorkObligation kind, @Nullable String reason, LocalDate validFrom, @Nullable LocalDate validUntil, String recordedBy) {
        super(validFrom, validUntil, recordedBy);
        this.kind = kind;
        this.reason = reason;
    }

    WorkObligation kind() {
        return kind;
    }

    @Nullable String reason() {
        return reason;
    }

    void anonymise() {
        reason = null;
    }
}
