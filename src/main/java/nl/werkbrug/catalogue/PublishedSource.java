package nl.werkbrug.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A source as the public reads it: a bibliographic reference, never a file name.
 *
 * @param title     title of the document
 * @param publisher publisher, or "onbekend"
 * @param year      year, or "onbekend"
 * @param note      what else identifies the document (a date, a kenmerk)
 * @param section   page, chapter or section
 * @param quote     the passage; empty where the municipality hides amounts (quotes may mention them)
 */
public record PublishedSource(String title, String publisher, String year, @Nullable String note,
                              @Nullable String section, @Nullable String quote) {

    /** "Title. Publisher, 2016 (note), section." */
    public String reference() {
        return title + ". " + publisher + ", " + year + (note == null || note.isBlank() ? "" : " (" + note + ")")
                + (section == null || section.isBlank() ? "" : ", " + section) + ".";
    }
}
