package nl.werkbrug.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One source in a region's list of sources ({@code tenants/<region>/bronnen.yaml}): a bibliographic reference that an
 * employer can read and look up. Where the title, publisher or year is not known it says "onbekend"; nothing is
 * guessed.
 *
 * @param key       the key catalogue entries refer to ({@code hengelo-werk-maken-van-werk})
 * @param title     the document's title
 * @param publisher who published it (a municipality, a ministry), or "onbekend"
 * @param year      year of publication ("2016"), or "onbekend"
 * @param note      optional: what else identifies it (a date, a kenmerk)
 * @param file      optional: the file of the shared sources it was read from; for staff only, never public
 */
public record Citation(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,79}", message = "moet een sleutel van kleine letters, cijfers en '-' zijn") String key,
                       @NotBlank @Size(max = 300) String title,
                       @NotBlank @Size(max = 200) String publisher,
                       @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?|onbekend", message = "moet een jaar (2016) of 'onbekend' zijn") String year,
                       @Nullable @Size(max = 300) String note,
                       @Nullable @Size(max = 200) String file) {
}
