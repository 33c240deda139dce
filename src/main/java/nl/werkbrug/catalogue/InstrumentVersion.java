package nl.werkbrug.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of an instrument's version history.
 *
 * @param kind       what the version holds: the regional instrument, the municipality's own values for it, or a local
 *                   instrument
 * @param fromFile   loaded from the files under {@code tenants/} (otherwise made by a tenant admin)
 * @param changeNote why it was made
 */
public record InstrumentVersion(long id, Kind kind, int versionNo, LocalDate validFrom, @Nullable LocalDate validTo,
                                boolean fromFile, String createdBy, Instant createdAt, String changeNote) {

    public enum Kind {
        REGIONAAL, LOKALE_WAARDEN, LOKAAL
    }
}
