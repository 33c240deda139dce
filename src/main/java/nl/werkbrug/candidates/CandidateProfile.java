package nl.werkbrug.candidates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate can and wants: occupations (ISCO-08, the list vacancies use), skills, education, languages, driving
 * licence, hours, availability, travel distance, and the motivation and skills profile (Lansingerland).
 */
public record CandidateProfile(
        @Size(max = 10, message = "{candidates.error.occupations-max}")
        List<@Pattern(regexp = "[0-9]{4}", message = "{candidates.error.occupation}") String> iscoCodes,
        @Size(max = 30, message = "{candidates.error.skills-max}") List<@NotBlank @Size(max = 100) String> skills,
        @Nullable EducationLevel education,
        @Size(max = 10) List<@Valid LanguageSkill> languages,
        boolean drivingLicence,
        @Nullable @Min(value = 0, message = "{candidates.error.hours}") @Max(value = 60, message = "{candidates.error.hours}") Integer hoursPerWeek,
        @Nullable LocalDate availableFrom,
        @Nullable @Min(value = 0, message = "{candidates.error.travel}") @Max(value = 500, message = "{candidates.error.travel}") Integer travelKm,
        @Size(max = 4000) String motivation,
        @Size(max = 4000) String skillsProfile) {

    public static final CandidateProfile EMPTY = new CandidateProfile(List.of(), List.of(), null, List.of(), false,
            null, null, null, "", "");

    public CandidateProfile {
        iscoCodes = List.copyOf(iscoCodes);
        skills = skills.stream().map(String::strip).filter(skill -> !skill.isEmpty()).distinct().toList();
        languages = List.copyOf(languages);
    }

    /** A language and how well the candidate commands it. */
    public record LanguageSkill(@NotBlank(message = "{candidates.error.language}") @Size(max = 40) String language,
                                @NotNull(message = "{candidates.error.language-level}") @Nullable LanguageLevel level) {
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        if (languages.stream().map(LanguageSkill::language).distinct().count() < languages.size()) {
            problems.add(FieldProblem.of("languages", "candidates.error.language-twice"));
        }
        return problems;
    }
}
