package nl.werkbrug.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.werkbrug.candidates.EducationLevel;
import org.jspecify.annotations.Nullable;

/**
 * One pool profile as a searcher sees it: pseudonymous, no name, birth date, address or reason behind a signal.
 *
 * @param profileId   the profile's random id (for an introduction request; never shown in an address)
 * @param ownerTenant the municipality that owns the candidate's file
 * @param ownerName   its short name
 * @param occupations the titles of the ISCO-08 occupations, in the order of {@code iscoCodes}
 */
public record PoolProfile(UUID profileId, String pseudonym, String ownerTenant, String ownerName,
                          @Nullable AgeBand ageBand, @Nullable String postcodeArea, @Nullable Integer rung,
                          List<String> iscoCodes, List<String> occupations, List<String> skills,
                          @Nullable EducationLevel education, List<String> languages, @Nullable Integer hoursPerWeek,
                          @Nullable LocalDate availableFrom, @Nullable Integer travelKm, boolean drivingLicence,
                          Set<SupportSignal> signals, int completeness, LocalDate lastConfirmed) {

    public PoolProfile {
        iscoCodes = List.copyOf(iscoCodes);
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        signals = Set.copyOf(signals);
    }
}
