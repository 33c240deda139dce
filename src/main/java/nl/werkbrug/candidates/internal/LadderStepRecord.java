package nl.werkbrug.candidates.internal;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One assessment on the participatieladder; never changed once recorded. */
@Entity
@Table(name = "candidate_ladder_step")
class LadderStepRecord extends FileChild {

    @Column(name = "rung", nullable = false)
    private int rung = 0;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn = LocalDate.EPOCH;

    @Column(name = "assessor", nullable = false)
    private String assessor = "";

    @Column(name = "note")
    private @Nullable String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected LadderStepRecord() {

    }

    LadderStepRecord(int rung, LocalDate assessedOn, String assessor, @Nullable String note, Instant recordedAt) {
        this.rung = rung;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    int rung() {
        return rung;
    }

    LocalDate assessedOn() {
        return assessedOn;
    }

    String assessor() {
        return assessor;
    }

    @Nullable String note() {
        return note;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    void anonymise() {
        note = null;
    }
}
