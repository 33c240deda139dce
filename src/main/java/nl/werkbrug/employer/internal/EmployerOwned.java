package nl.werkbrug.employer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What every record an employer organisation owns carries: its generated id, its region (regional, like the
 * employer; PostgreSQL's row-level security reads the column) and the employer it belongs to. Neither changes.
 */
@MappedSuperclass
abstract class EmployerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "employer_id", nullable = false, updatable = false)
    private long employerId;

    /** For JPA. */
    protected EmployerOwned() {
        this.regionId = "";
    }

    protected EmployerOwned(String regionId, long employerId) {
        this.regionId = regionId;
        this.employerId = employerId;
    }

    /** The id, or 0 before the record is stored. */
    public long id() {
        return id == null ? 0 : id;
    }

    public long employerId() {
        return employerId;
    }
}
