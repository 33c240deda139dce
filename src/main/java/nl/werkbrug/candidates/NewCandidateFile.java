package nl.werkbrug.candidates;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a consultant enters to open a candidate file in the active municipality. */
public record NewCandidateFile(@NotBlank @Size(max = 30) String fileNumber,
                               @NotBlank @Size(max = 100) String givenName,
                               @NotBlank @Size(max = 100) String familyName,
                               @Nullable @Min(1) @Max(6) Integer ladderRung) {
}
