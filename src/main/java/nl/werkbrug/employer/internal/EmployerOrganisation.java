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

    private @Nullable String street;

    @Column(name = "house_number")
    private @Nullable String houseNumber;

    private @Nullable String postcode;

    @Column(name = "sbi_code")
    private @Nullable String sbiCode;

    @Column(name = "sbi_version")
    private @Nullable Short sbiVersion;

    @Column(name = "contact_name")
    private @Nullable String contactName;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EmployerOrganisation() {
        this.regionId = "";
        this.kvkNumber = "";
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public EmployerOrganisation(String regionId, String kvkNumber, String name, @Nullable String place, Instant now) {
        this.regionId = regionId;
        this.createdAt = now;
        this.kvkNumber = kvkNumber;
        this.name = name;
        this.place = place;
    }

    /** A company that registered itself, with address, activity and contact person. */
    public static EmployerOrganisation registered(String regionId, String kvkNumber, @Nullable String vestigingsnummer,
                                                  String name, String street, String houseNumber, String postcode,
                                                  String place, String sbiCode, int sbiVersion, String contactName,
                                                  String contactEmail, @Nullable String contactPhone, Instant now) {
        EmployerOrganisation organisation = new EmployerOrganisation(regionId, kvkNumber, name, place, now)
                .withContact(contactName, contactEmail, contactPhone);
        organisation.vestigingsnummer = vestigingsnummer;
        organisation.street = street;
        organisation.houseNumber = houseNumber;
        organisation.postcode = postcode;
        organisation.sbiCode = sbiCode;
        organisation.sbiVersion = (short) sbiVersion;
        return organisation;
    }

    /** The person the municipalities write to about this organisation. */
    public EmployerOrganisation withContact(String name, String email, @Nullable String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
        return this;
    }

    public String name() {
        return name;
    }

    public String kvkNumber() {
        return kvkNumber;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    private @Nullable String address() {
        if (street == null || postcode == null) {
            return null;
        }
        return street + " " + houseNumber + ", " + postcode + " " + place;
    }

    public EmployerSummary summary() {
        return new EmployerSummary(id(), kvkNumber, vestigingsnummer, name, place, address(), sbiCode, contactName,
                contactEmail, contactPhone);
    }
}
