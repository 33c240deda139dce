package nl.werkbrug.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * How long an instrument may be used at most: in months or in weeks, with the source's own words where it adds a
 * qualification ("of zo lang de opleiding duurt").
 */
public record MaxDuration(@Nullable @Positive @Max(120) Integer months, @Nullable @Positive @Max(520) Integer weeks,
                          @Nullable @Size(max = 500) String note) {

    List<FieldProblem> problems(String path) {
        List<FieldProblem> problems = new ArrayList<>();
        if (months != null && weeks != null) {
            problems.add(FieldProblem.of(path + ".weeks", "catalogue.admin.error.months-or-weeks"));
        }
        if (months == null && weeks == null && (note == null || note.isBlank())) {
            problems.add(FieldProblem.of(path, "catalogue.error.duration-empty"));
        }
        return problems;
    }
}
