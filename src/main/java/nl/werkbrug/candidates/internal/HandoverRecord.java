package nl.werkbrug.candidates.internal;

import java.time.Instant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A change of the responsible consultant, with the note for the new one. */
@Entity
@Table(name = "candidate_handover")
class HandoverRecord extends FileChild {

    @Column(name = "from_username")
    private @Nullable String fromUsername;

    @Column(name = "to_username", nullable = false)
    private String toUsername = "";

    @Column(name = "note", nullable = false)
    private String note = "";

    @Column(name = "handed_over_at", nullable = false)
    private Instant handedOverAt = Instant.EPOCH;

    protected HandoverRecord() {

    }

    HandoverRecord(@Nullable String fromUsername, String toUsername, String note, Instant handedOverAt) {
        this.fromUsername = fromUsername;
        this.toUsername = toUsername;
        this.note = note;
        this.handedOverAt = handedOverAt;
    }

    @Nullable String fromUsername() {
        return fromUsername;
    }

    String toUsername() {
        return toUsername;
    }

    String note() {
        return note;
    }

    Instant handedOverAt() {
        return handedOverAt;
    }

    void anonymise() {
        note = "";
    }
}
