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
class ObstacleRecord extends PeriodEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "obstacle", nullable = false)
    private Obstacle obstacle;

    protected ObstacleRecord() {
        this.obstacle = Obstacle.values()[0];
    }

    ObstacleRecord(Obstacle obstacle, LocalDate validFrom, @Nullable LocalDate validUntil, String recordedBy) {
        super(validFrom, validUntil, recordedBy);
        this.obstacle = obstacle;
    }

    Obstacle obstacle() {
        return obstacle;
    }
}
