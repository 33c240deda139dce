package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * What an employer writes in a vacancy. The description may be plain text (paragraphs separated by empty lines) or
 * simple HTML; either way it is sanitised to a small allow-list before it is stored. The constraints name the
 * message the employer reads; {@link #problems} adds the rules across fields.
 */
public record VacancyDraft(
        @NotBlank(message = "{vacancy.title.required}") @Size(max = 200) String title,
        @NotBlank(message = "{vacancy.description.required}")
        @Size(max = 20_000, message = "{vacancy.description.too-long}") String description,
        @NotBlank(message = "{vacancy.occupation.required}") @Pattern(regexp = "[0-9]{4}", message = "{vacancy.occupation.required}") String iscoCode,
        @NotNull(message = "{vacancy.hours.required}") @DecimalMin(value = "1", message = "{vacancy.hours.range}")
        @DecimalMax(value = "60", message = "{vacancy.hours.range}") BigDecimal hoursPerWeek,
        @NotBlank(message = "{employer.register.postcode.required}") String postcode,
        @NotBlank(message = "{employer.register.place.required}") @Size(max = 100) String place,
        @NotNull(message = "{vacancy.contract-type.required}") ContractType contractType,
        @Nullable @Min(value = 1, message = "{vacancy.contract-months.range}")
        @Max(value = 60, message = "{vacancy.contract-months.range}") Integer contractMonths,
        @Nullable LocalDate startDate,
        @Nullable LocalDate validThrough,
        @Size(max = 4000) String requirements,
        @Size(max = 4000) String skills,
        @Size(max = 4000) String adjustments,
        @Min(value = 1, message = "{vacancy.places.range}") @Max(value = 999, message = "{vacancy.places.range}") int places,
        boolean sroi,
        boolean banenafspraak) {

    /**
     * Every rule this draft breaks.
     *
     * @param today           the day it is saved
     * @param savedValidThrough the closing day already stored, which may stay even when it has passed
     */
    public List<FieldProblem> problems(LocalDate today, @Nullable LocalDate savedValidThrough) {
        List<FieldProblem> problems = new ArrayList<>(BeanRules.problems(this));
        // PostgreSQL cannot store a NUL character: refused as input (issue 13, bad input)
        for (String[] text : new String[][] {{"title", title}, {"description", description}, {"postcode", postcode},
                {"place", place}, {"requirements", requirements}, {"skills", skills}, {"adjustments", adjustments}}) {
            if (text[1] != null && text[1].indexOf('\u0000') >= 0) {
                problems.add(FieldProblem.of(text[0], "input.text-invalid"));
            }
        }
        if (description != null && !description.isBlank() && problems.stream().noneMatch(p -> p.field().equals("description"))
                && nl.werkbrug.employer.internal.DescriptionSanitiser.text(
                        nl.werkbrug.employer.internal.DescriptionSanitiser.sanitise(description)).isBlank()) {
            problems.add(FieldProblem.of("description", "vacancy.description.required"));
        }
        for (Object[] day : new Object[][] {{"startDate", startDate}, {"validThrough", validThrough}}) {
            if (day[1] instanceof LocalDate date && (date.getYear() < 1900 || date.getYear() > 2200)) {
                problems.add(FieldProblem.of((String) day[0], "input.date-range"));
            }
        }
        if (postcode != null && !postcode.isBlank() && !Postcode.isValidInput(postcode)) {
            problems.add(FieldProblem.of("postcode", "employer.register.postcode.invalid"));
        }
        if (contractType == ContractType.TEMPORARY && contractMonths == null) {
            problems.add(FieldProblem.of("contractMonths", "vacancy.contract-months.required"));
        }
        if (validThrough != null && validThrough.isBefore(today) && !validThrough.equals(savedValidThrough)) {
            problems.add(FieldProblem.of("validThrough", "vacancy.valid-through.past"));
        }
        return problems;
    }
}
