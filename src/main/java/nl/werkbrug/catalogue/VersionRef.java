package nl.werkbrug.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * The version of a catalogue entry that a decision used: the regional or local version id, and for a regional
 * instrument the version id of the municipality's own values, if any.
 */
public record VersionRef(boolean regional, long versionId, @Nullable Long overrideVersionId) {
}
