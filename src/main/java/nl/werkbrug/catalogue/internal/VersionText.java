package nl.werkbrug.catalogue.internal;

import java.time.LocalDate;

import nl.werkbrug.catalogue.InstrumentContent;
import org.jspecify.annotations.Nullable;

/**
 * The columns a version repeats from its content, for full-text search and period queries.
 *
 * @param validFrom first day this version applies (for a new instrument: the day it starts)
 * @param validTo   last day the instrument is offered, as this version says
 */
public record VersionText(String name, String shortDescription, String description, LocalDate validFrom,
                          @Nullable LocalDate validTo) {

    public static VersionText of(InstrumentContent content, LocalDate versionStart) {
        return new VersionText(content.name(), content.shortDescription(), content.description(), versionStart,
                content.validTo());
    }
}
