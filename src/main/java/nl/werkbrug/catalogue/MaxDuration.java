package nl.werkbrug.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
            problems.add(new FieldProblem(path + ".weeks", "cannot be given together with months"));
        }
        if (months == null && weeks == null && (note == null || note.isBlank())) {
            problems.add(new FieldProblem(path, "needs months, weeks or a note; leave maxDuration out when the source gives none"));
        }
        return problems;
    }
}
