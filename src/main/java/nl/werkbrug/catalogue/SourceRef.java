package nl.werkbrug.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a catalogue entry's facts come from: a file of the shared sources (e.g. {@code 004_aa6be21aa0d924cf.txt}) with
 * the passage quoted.
 */
public record SourceRef(@NotBlank @Size(max = 200) String file, @Nullable @Size(max = 200) String section,
                        @Nullable @Size(max = 2000) String quote) {
}
