package nl.werkbrug.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.werkbrug.candidates.EducationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Everything the score may know of a vacancy. A requirement the vacancy does not state is null, and its criterion is
 * left out of the score (shown as "not scored"): the employer's vacancy form has no education or driving licence
 * field yet, so those two are always null for now — the score does not guess them from the free text.
 *
 * @param key                    the stable tie-breaker (the vacancy id, zero-padded)
 * @param neededFrom             the start date, or the day of scoring when the vacancy has none
 * @param minEducation           the least education asked, when the vacancy states one
 * @param drivingLicenceRequired whether a driving licence is required, when the vacancy states it
 * @param banenafspraak          a banenafspraak vacancy: only for candidates in the doelgroepregister
 */
public record VacancyFacts(String key, String iscoCode, List<String> skills, BigDecimal hoursPerWeek,
                           @Nullable String postcodeArea, LocalDate neededFrom, @Nullable EducationLevel minEducation,
                           @Nullable Boolean drivingLicenceRequired, boolean banenafspraak) {

    public VacancyFacts {
        skills = List.copyOf(skills);
    }
}
