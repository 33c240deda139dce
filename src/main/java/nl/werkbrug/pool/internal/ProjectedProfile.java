package nl.werkbrug.pool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.candidates.PoolSource;
import nl.werkbrug.pool.AgeBand;
import nl.werkbrug.pool.SupportSignal;
import org.jspecify.annotations.Nullable;

/**
 * The pseudonymous projection of a candidate file: what the pool stores of it, and nothing more. Built from the
 * file's {@link PoolSource} on a day; the birth date becomes an age band, the postcode its 4-digit area and the
 * area's centre, occupations also their ISCO minor and major groups (for searching by group).
 */
public record ProjectedProfile(@Nullable AgeBand ageBand, @Nullable String postcodeArea,
                        PostcodeAreas.@Nullable Centroid centroid, @Nullable Integer rung, List<String> iscoCodes,
                        List<String> minorGroups, List<String> majorGroups, List<String> skills,
                        @Nullable EducationLevel education, List<String> languages, @Nullable Integer hoursPerWeek,
                        @Nullable LocalDate availableFrom, @Nullable Integer travelKm, boolean drivingLicence,
                        Set<SupportSignal> signals, int completeness, String searchText) {

    /** The fields a complete profile fills; completeness is the share filled, in whole percents. */
    static final int COMPLETE_FIELDS = 8;

    public static ProjectedProfile of(PoolSource source, LocalDate day, Function<String, Optional<String>> occupationTitle,
                               Function<String, Optional<PostcodeAreas.Centroid>> centroid) {
        List<String> codes = source.iscoCodes();
        int filled = count(!codes.isEmpty(), !source.skills().isEmpty(), source.education() != null,
                !source.languages().isEmpty(), source.hoursPerWeek() != null, source.availableFrom() != null,
                source.travelKm() != null, source.postcodeArea() != null);
        String searchText = Stream.concat(codes.stream().map(occupationTitle).flatMap(Optional::stream),
                source.skills().stream()).reduce((a, b) -> a + " " + b).orElse("");
        return new ProjectedProfile(AgeBand.on(source.birthDate(), day), source.postcodeArea(),
                source.postcodeArea() == null ? null : centroid.apply(source.postcodeArea()).orElse(null),
                source.rung(), codes, codes.stream().map(code -> code.substring(0, 3)).distinct().toList(),
                codes.stream().map(code -> code.substring(0, 1)).distinct().toList(), source.skills(),
                source.education(),
                source.languages().stream().map(language -> language.language() + " " + language.level()).toList(),
                source.hoursPerWeek(), source.availableFrom(), source.travelKm(), source.drivingLicence(),
                SupportSignal.of(source), Math.round(filled * 100f / COMPLETE_FIELDS), searchText);
    }

    private static int count(boolean... filled) {
        int count = 0;
        for (boolean field : filled) {
            count += field ? 1 : 0;
        }
        return count;
    }
}
