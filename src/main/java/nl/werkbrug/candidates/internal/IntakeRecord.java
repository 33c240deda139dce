package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.IntakeOutcome;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** Intake and diagnosis with the outcome. */
@Entity
@Table(name = "candidate_intake")
class IntakeRecord extends FileChild {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis", nullable = false)
    private List<String> diagnosis = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private IntakeOutcome outcome;

    @Column(name = "note")
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected IntakeRecord() {
        this.outcome = IntakeOutcome.values()[0];
    }

    IntakeRecord(LocalDate heldOn, List<String> diagnosis, IntakeOutcome outcome, @Nullable String note, String recordedBy) {
        this.heldOn = heldOn;
        this.diagnosis = diagnosis;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    List<String> diagnosis() {
        return diagnosis;
    }

    IntakeOutcome outcome() {
        return outcome;
    }

    @Nullable String note() {
        return note;
    }

    String recordedBy() {
        return recordedBy;
    }

    void anonymise() {
        note = null;
    }
}
