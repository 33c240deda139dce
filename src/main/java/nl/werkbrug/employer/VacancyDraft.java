package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an employer writes in a vacancy. The description may be plain text (paragraphs separated by empty lines) or
 * simple HTML; either way it is sanitised to a small allow-list before it is stored.
 */
public record VacancyDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String description,
        @NotBlank @Pattern(regexp = "[0-9]{4}") String iscoCode,
        @NotNull @DecimalMin("1") @DecimalMax("60") BigDecimal hoursPerWeek,
        @NotBlank String postcode,
        @NotBlank @Size(max = 100) String place,
        @NotNull ContractType contractType,
        @Nullable @Min(1) @Max(60) Integer contractMonths,
        @Nullable LocalDate startDate,
        @Nullable LocalDate validThrough,
        @Size(max = 4000) String requirements,
        @Size(max = 4000) String skills,
        @Size(max = 4000) String adjustments,
        @Min(1) @Max(999) int places,
        boolean sroi,
        boolean banenafspraak) {
}
