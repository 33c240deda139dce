package nl.werkbrug.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A vacancy with its employer and occupation, for the employer's own screens and for consultants. */
public record VacancyDetail(long id, VacancyStatus status, long employerId, String employerName, String employerKvk,
                            String title, String descriptionHtml, Occupation occupation, BigDecimal hoursPerWeek,
                            String postcode, String place, ContractType contractType, @Nullable Integer contractMonths,
                            @Nullable LocalDate startDate, @Nullable LocalDate validThrough, String requirements,
                            String skills, String adjustments, int places, boolean sroi, boolean banenafspraak,
                            Instant updatedAt, @Nullable Instant publishedAt) {
}
