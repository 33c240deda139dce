package nl.werkbrug.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the regional pool may take from a candidate file to build its pseudonymous profile: no name, BSN, address,
 * benefit, obstacle or free text. The birth date and the postcode are given so the pool can reduce them to an age
 * band and a 4-digit postcode area; it stores neither.
 *
 * @param open                  the file is open (a closed file leaves the pool)
 * @param postcodeArea          the 4 digits of the candidate's postcode, if known
 * @param instrumentsThatApply  codes of the municipality's instruments whose rules the candidate meets today
 * @param flagsInForce          the doelgroep flags that hold today
 */
public record PoolSource(long fileId, String tenantId, boolean open, @Nullable LocalDate birthDate,
                         @Nullable String postcodeArea, @Nullable Integer rung, List<String> iscoCodes,
                         List<String> skills, @Nullable EducationLevel education,
                         List<CandidateProfile.LanguageSkill> languages, boolean drivingLicence,
                         @Nullable Integer hoursPerWeek, @Nullable LocalDate availableFrom, @Nullable Integer travelKm,
                         Set<String> instrumentsThatApply, Set<DoelgroepFlag> flagsInForce) {

    public PoolSource {
        iscoCodes = List.copyOf(iscoCodes);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        instrumentsThatApply = Set.copyOf(instrumentsThatApply);
        flagsInForce = Set.copyOf(flagsInForce);
    }
}
