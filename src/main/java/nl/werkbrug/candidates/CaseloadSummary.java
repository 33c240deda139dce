package nl.werkbrug.candidates;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures above a consultant's caseload.
 *
 * @param openFiles            open files the consultant is responsible for
 * @param norm                 the municipality's caseload norm per FTE; none: it has set none
 * @param contactIntervalWeeks the municipality's contact interval; none: it has set none
 * @param notSeen              of the open files, those without contact within the interval
 * @param byRung               open files per current rung (0: not yet assessed)
 */
public record CaseloadSummary(long openFiles, @Nullable Integer norm, @Nullable Integer contactIntervalWeeks,
                              long notSeen, Map<Integer, Long> byRung) {

    public boolean overNorm() {
        return norm != null && openFiles > norm;
    }
}
