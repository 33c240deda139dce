package nl.werkbrug.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkbrug.candidates.EducationLevel;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a pool search; every filter left empty does not narrow. A distance needs a postcode area and the
 * other way round; ranges must not be upside down.
 *
 * @param iscoCode      an occupation (ISCO-08 unit group), widened by {@code scope}
 * @param skills        at least one of these skills (case-insensitive); more matches rank higher
 * @param postcodeArea  4-digit postcode area the distance is measured from (its centroid)
 * @param withinKm      at most this many kilometres from the area's centroid, as the crow flies
 * @param signals       all of these support signals
 * @param availableBy   available on or before this day
 * @param minEducation  at least this education level
 * @param text          Dutch full text over occupations and skills (web search syntax: "quotes", or, -not)
 */
public record PoolQuery(
        @Nullable @Pattern(regexp = "[0-9]{4}", message = "{pool.error.occupation}") String iscoCode,
        OccupationScope scope,
        @Size(max = 10, message = "{pool.error.skills-max}") List<@NotBlank @Size(max = 100) String> skills,
        @Nullable @Min(value = 0, message = "{pool.error.hours}") @Max(value = 60, message = "{pool.error.hours}") Integer minHours,
        @Nullable @Min(value = 0, message = "{pool.error.hours}") @Max(value = 60, message = "{pool.error.hours}") Integer maxHours,
        @Nullable @Pattern(regexp = "[1-9][0-9]{3}", message = "{pool.error.postcode-area}") String postcodeArea,
        @Nullable @Min(value = 1, message = "{pool.error.distance}") @Max(value = 200, message = "{pool.error.distance}") Integer withinKm,
        @Nullable @Min(value = 1, message = "{pool.error.rung}") @Max(value = 6, message = "{pool.error.rung}") Integer minRung,
        @Nullable @Min(value = 1, message = "{pool.error.rung}") @Max(value = 6, message = "{pool.error.rung}") Integer maxRung,
        Set<SupportSignal> signals,
        @Nullable LocalDate availableBy,
        @Nullable EducationLevel minEducation,
        boolean drivingLicence,
        @Size(max = 200, message = "{pool.error.text-long}") String text) {

    /** No filter at all: the whole visible pool, best completed profiles first. */
    public static final PoolQuery ALL = new PoolQuery(null, OccupationScope.BEROEPSGROEP, List.of(), null, null, null,
            null, null, null, Set.of(), null, null, false, "");

    public PoolQuery {
        scope = scope == null ? OccupationScope.BEROEPSGROEP : scope;
        skills = skills.stream().map(String::strip).filter(skill -> !skill.isEmpty()).distinct().toList();
        signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
        text = text.strip();
        iscoCode = blankToNull(iscoCode);
        postcodeArea = blankToNull(postcodeArea);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (minHours != null && maxHours != null && minHours > maxHours) {
            problems.add(FieldProblem.of("maxHours", "pool.error.hours-range"));
        }
        if (minRung != null && maxRung != null && minRung > maxRung) {
            problems.add(FieldProblem.of("maxRung", "pool.error.rung-range"));
        }
        if (withinKm != null && postcodeArea == null) {
            problems.add(FieldProblem.of("postcodeArea", "pool.error.distance-needs-area"));
        }
        if (postcodeArea != null && withinKm == null) {
            problems.add(FieldProblem.of("withinKm", "pool.error.area-needs-distance"));
        }
        return problems;
    }

    /** Whether a distance is asked. */
    public boolean distance() {
        return postcodeArea != null && withinKm != null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
