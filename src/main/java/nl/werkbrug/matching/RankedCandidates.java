package nl.werkbrug.matching;

import java.util.List;

import nl.werkbrug.employer.VacancyDetail;

/**
 * The pool's candidates for a vacancy, best first, within the candidates' consent.
 *
 * @param considered how many profiles were scored (the candidate set after the banenafspraak rule)
 */
public record RankedCandidates(VacancyDetail vacancy, String weightsVersion, List<Match> matches, int considered) {

    public RankedCandidates {
        matches = List.copyOf(matches);
    }
}
