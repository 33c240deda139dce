package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An agreement with a due date, done or not. */
@Entity
@Table(name = "candidate_agreement")
class AgreementRecord extends FileChild {

    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn = LocalDate.EPOCH;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected AgreementRecord() {

    }

    AgreementRecord(String description, LocalDate dueOn, @Nullable LocalDate doneOn, String recordedBy) {
        this.description = description;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
        this.recordedBy = recordedBy;
    }

    String description() {
        return description;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    @Nullable LocalDate doneOn() {
        return doneOn;
    }

    String recordedBy() {
        return recordedBy;
    }

    void done(LocalDate on) {
        doneOn = on;
    }

    void anonymise() {
        description = "";
    }
}
