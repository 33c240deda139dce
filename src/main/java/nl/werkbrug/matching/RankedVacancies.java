package nl.werkbrug.matching;

import java.util.List;

import nl.werkbrug.employer.VacancyDetail;

/** The region's open vacancies for a pool profile, best first. */
public record RankedVacancies(String pseudonym, String weightsVersion, List<VacancyMatch> matches) {

    /** One vacancy with its score. */
    public record VacancyMatch(VacancyDetail vacancy, Match match) {
    }

    public RankedVacancies {
        matches = List.copyOf(matches);
    }
}
