package nl.werkbrug.tenancy.internal;

import java.nio.file.Path;

/** A file under {@code tenants/} cannot be used; the message names the file and the field. */
class TenantFileException extends IllegalStateException {

    TenantFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
