package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where a catalogue entry's facts come from: a key of the region's list of sources ({@code tenants/<region>/bronnen.yaml},
 * see {@link Bibliography}), the page or section, and the passage quoted. Written {@code ref:} in the files; versions
 * stored before the list existed named the source file itself ({@code file:}), which the list also resolves.
 *
 * @param file    key in the region's list of sources (or, in older versions, the source's file name)
 * @param section page, chapter or section of the source
 * @param quote   the passage, for staff; never shown where amounts are hidden
 */
public record SourceRef(@JsonProperty("ref") @JsonAlias("file") @NotBlank @Size(max = 200) String file,
                        @Nullable @Size(max = 200) String section,
                        @Nullable @Size(max = 2000) String quote) {
}
