package nl.werkbrug.candidates.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** An entry that holds for a period (a flag, an obligation, an obstacle): from a day, until a day or open. */
@MappedSuperclass
abstract class PeriodEntry extends FileChild {

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.EPOCH;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected PeriodEntry() {
    }

    PeriodEntry(LocalDate validFrom, @Nullable LocalDate validUntil, String recordedBy) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
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
}
