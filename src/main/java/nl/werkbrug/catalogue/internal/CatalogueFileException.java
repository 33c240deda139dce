package nl.werkbrug.catalogue.internal;

import java.nio.file.Path;

/** A catalogue file under {@code tenants/} cannot be used; the message names the file, the entry and the field. */
public class CatalogueFileException extends IllegalStateException {

    CatalogueFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
