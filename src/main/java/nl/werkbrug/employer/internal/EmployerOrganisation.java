package nl.werkbrug.employer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkbrug.employer.EmployerSummary;
import org.jspecify.annotations.Nullable;

/** An employer organisation; regional, so it deals with every municipality of the region. */
@Entity
@Table(name = "employer_organisation")
public class EmployerOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(name = "kvk_number", nullable = false)
    private String kvkNumber;

    @Column(name = "vestigingsnummer")
    private @Nullable String vestigingsnummer;

    @Column(nullable = false)
    private String name;

    private @Nullable String place;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected EmployerOrganisation() {
        this.regionId = "";
        this.kvkNumber = "";
        this.name = "";
    }

    public EmployerOrganisation(String regionId, String kvkNumber, String name, @Nullable String place) {
        this.regionId = regionId;
        this.kvkNumber = kvkNumber;
        this.name = name;
        this.place = place;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public EmployerSummary summary() {
        return new EmployerSummary(id(), kvkNumber, vestigingsnummer, name, place);
    }
}
