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
class FlagRecord extends PeriodEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false)
    private DoelgroepFlag flag;

    @Column(name = "basis")
    private @Nullable String basis;

    protected FlagRecord() {
        this.flag = DoelgroepFlag.values()[0];
    }

    FlagRecord(DoelgroepFlag flag, LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String basis, String recordedBy) {
        super(validFrom, validUntil, recordedBy);
        this.flag = flag;
        this.basis = basis;
    }

    DoelgroepFlag flag() {
        return flag;
    }

    @Nullable String basis() {
        return basis;
    }

    void anonymise() {
        basis = null;
    }
}
