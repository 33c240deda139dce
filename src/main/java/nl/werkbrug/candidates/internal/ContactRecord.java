package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.ContactKind;

/** A contact in the journal. */
@Entity
@Table(name = "candidate_contact")
class ContactRecord extends FileChild {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ContactKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Column(name = "note", nullable = false)
    private String note = "";

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected ContactRecord() {
        this.kind = ContactKind.GESPREK;
    }

    ContactRecord(ContactKind kind, LocalDate heldOn, String note, String recordedBy) {
        this.kind = kind;
        this.heldOn = heldOn;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    ContactKind kind() {
        return kind;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    String note() {
        return note;
    }

    String recordedBy() {
        return recordedBy;
    }

    void anonymise() {
        note = "";
    }
}
