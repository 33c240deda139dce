package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.werkbrug.shared.BeanRules;
import nl.werkbrug.shared.FieldProblem;

/**
 * Why and from when a new version of an instrument applies: every change, retirement included, names a day and a
 * reason that the version history shows.
 */
public record VersionChange(@NotNull LocalDate changeFrom, @NotBlank @Size(max = 500) String changeNote) {

    public List<FieldProblem> problems() {
        return BeanRules.problems(this);
    }
}
