package nl.werkbrug.candidates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a candidate file, kept in its own table and owned, like the file, by the municipality (Hibernate's
 * {@code @TenantId} here, row-level security on the table). Unlike the file itself its id comes from one sequence that
 * hands out blocks of 50 ({@code candidate_entry_seq}), so the entries of a file, or of an imported caseload, are
 * inserted in JDBC batches instead of one statement each.
 */
@MappedSuperclass
abstract class FileChild {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_entry")
    @SequenceGenerator(name = "candidate_entry", sequenceName = "candidate_entry_seq", allocationSize = 50)
    private @Nullable Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    @Column(name = "file_id", insertable = false, updatable = false)
    private long fileId;

    /** The id, or 0 before the entry is saved. */
    long id() {
        return id == null ? 0 : id;
    }

    long fileId() {
        return fileId;
    }
}
