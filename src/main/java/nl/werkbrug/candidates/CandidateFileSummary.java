package nl.werkbrug.candidates;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line in a caseload.
 *
 * @param notSeen whether the last contact is longer ago than the municipality's contact interval (false when it has
 *                set none)
 */
public record CandidateFileSummary(long id, String fileNumber, String name, @Nullable Integer ladderRung,
                                   @Nullable String consultant, @Nullable LocalDate lastContactOn,
                                   TrajectoryStatus trajectory, FileStatus status, LocalDate openedOn,
                                   boolean notSeen) {
}
