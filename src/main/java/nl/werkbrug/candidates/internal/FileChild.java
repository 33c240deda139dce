package nl.werkbrug.candidates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/** An entry of a candidate file, kept in its own table and owned, like the file, by the municipality. */
@MappedSuperclass
abstract class FileChild extends TenantOwnedEntity {

    @Column(name = "file_id", insertable = false, updatable = false)
    private long fileId;

    long fileId() {
        return fileId;
    }
}
