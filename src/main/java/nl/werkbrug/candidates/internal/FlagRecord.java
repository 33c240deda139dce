package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.DoelgroepFlag;
import org.jspecify.annotations.Nullable;

/** A doelgroep flag with its period and basis. */
@Entity
@Table(name = "candidate_flag")
class FlagRecord extends FileChild {

    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false)
    private DoelgroepFlag flag;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.EPOCH;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "basis")
    private @Nullable String basis;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected FlagRecord() {
        this.flag = DoelgroepFlag.values()[0];
    }

    FlagRecord(DoelgroepFlag flag, LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String basis, String recordedBy) {
        this.flag = flag;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.basis = basis;
        this.recordedBy = recordedBy;
    }

    DoelgroepFlag flag() {
        return flag;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    @Nullable LocalDate validUntil() {
        return validUntil;
    }

    @Nullable String basis() {
        return basis;
    }

    String recordedBy() {
        return recordedBy;
    }

    void end(LocalDate until) {
        validUntil = until;
    }

    boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    void anonymise() {
        basis = null;
    }
}
