package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.Obstacle;
import org.jspecify.annotations.Nullable;

/** An obstacle seen from a day, until it is resolved. */
@Entity
@Table(name = "candidate_obstacle")
class ObstacleRecord extends FileChild {

    @Enumerated(EnumType.STRING)
    @Column(name = "obstacle", nullable = false)
    private Obstacle obstacle;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom = LocalDate.EPOCH;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected ObstacleRecord() {
        this.obstacle = Obstacle.values()[0];
    }

    ObstacleRecord(Obstacle obstacle, LocalDate validFrom, @Nullable LocalDate validUntil, String recordedBy) {
        this.obstacle = obstacle;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
    }

    Obstacle obstacle() {
        return obstacle;
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

    boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
