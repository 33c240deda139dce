package nl.werkbrug.catalogue;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An instrument as one municipality offers it on a given day: a regional instrument with the municipality's own
 * values merged in, or one of its local instruments.
 *
 * @param code              stable identifier ("proefplaatsing"), also the last part of its public URL
 * @param tenantId          the municipality; none when the region's own values are shown
 * @param regional          part of the region's instrumentenkoffer
 * @param content           what this version says
 * @param localFields       fields of a regional instrument the municipality may set (empty for local instruments)
 * @param setLocally        fields the municipality did set
 * @param version           the version (ids) this content comes from; decisions point to it
 * @param versionStart      first day of this version
 * @param amountsHidden     employers may not see the amounts (the municipality's setting or the instrument's)
 */
public record CatalogueEntry(String code, @Nullable String tenantId, boolean regional, InstrumentContent content,
                             Set<LocalField> localFields, Set<LocalField> setLocally, VersionRef version,
                             LocalDate versionStart, boolean amountsHidden) {

    public CatalogueEntry {
        localFields = Set.copyOf(localFields);
        setLocally = Set.copyOf(setLocally);
    }

    public boolean isCurrent(LocalDate day) {
        return content.isValidOn(day);
    }

    /** Whether the instrument has ended (its last day is before the given day). */
    public boolean hasEnded(LocalDate day) {
        return content.validTo() != null && content.validTo().isBefore(day);
    }
}
