package nl.werkbrug.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where an instrument that the municipality does not grant itself is applied for (issue 12): the loonkostenvoordeel
 * at the Belastingdienst, the no-riskpolis at UWV, Begeleid Werken without new inflow. Such an instrument is shown
 * with this, and never offered in the municipal request form.
 *
 * @param organisation who takes the application (or why none is taken), as the source says
 * @param how          how to apply, in the source's words; none: the source does not say
 * @param link         a web address, only where a source gives it
 */
public record ApplyElsewhere(@NotBlank @Size(max = 200) String organisation,
                             @Nullable @Size(max = 1000) String how,
                             @Nullable @Size(max = 300) @Pattern(regexp = "https://\\S+") String link) {
}
