package nl.werkbrug.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.pool.SupportSignal;
import org.jspecify.annotations.Nullable;

/**
 * Everything the score may know of a candidate, and nothing more: no age band, sex, origin, languages, health,
 * municipality or rung (MatchInputsTests checks this by reflection). The signal {@code BANENAFSPRAAK} is here for the
 * one use the law requires: a banenafspraak vacancy is offered only to candidates in the doelgroepregister; it never
 * adds points.
 *
 * @param key          the stable tie-breaker (the pseudonym)
 * @param iscoCodes    the candidate's occupations (ISCO-08 unit groups)
 * @param postcodeArea 4-digit postcode area of where the candidate lives (only for the distance)
 * @param travelKm     how far the candidate will travel, when known
 */
public record CandidateFacts(String key, List<String> iscoCodes, List<String> skills, @Nullable Integer hoursPerWeek,
                             @Nullable String postcodeArea, @Nullable Integer travelKm,
                             @Nullable LocalDate availableFrom, @Nullable EducationLevel education,
                             boolean drivingLicence, Set<SupportSignal> signals) {

    public CandidateFacts {
        iscoCodes = List.copyOf(iscoCodes);
        skills = List.copyOf(skills);
        signals = Set.copyOf(signals);
    }
}
