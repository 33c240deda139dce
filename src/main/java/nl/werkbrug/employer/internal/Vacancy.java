package nl.werkbrug.employer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.employer.ContractType;
import nl.werkbrug.employer.VacancyStatus;
import org.jspecify.annotations.Nullable;

/** A vacancy of an employer organisation; regional, like its employer. */
@Entity
@Table(name = "vacancy")
public class Vacancy extends EmployerOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VacancyStatus status = VacancyStatus.CONCEPT;

    @Column(nullable = false)
    private String title = "";

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml = "";

    @Column(name = "isco_code", nullable = false)
    private String iscoCode = "";

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal hoursPerWeek = BigDecimal.ONE;

    @Column(nullable = false)
    private String postcode = "";

    @Column(nullable = false)
    private String place = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    private ContractType contractType = ContractType.PERMANENT;

    @Column(name = "contract_months")
    private @Nullable Integer contractMonths;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "valid_through")
    private @Nullable LocalDate validThrough;

    @Column(nullable = false)
    private String requirements = "";

    @Column(nullable = false)
    private String skills = "";

    @Column(nullable = false)
    private String adjustments = "";

    @Column(nullable = false)
    private int places = 1;

    @Column(nullable = false)
    private boolean sroi;

    @Column(nullable = false)
    private boolean banenafspraak;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected Vacancy() {
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Vacancy(String regionId, long employerId, String createdBy, Instant now) {
        super(regionId, employerId);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the employer wrote; the description must already be sanitised. */
    public void write(String title, String sanitisedDescription, String iscoCode, BigDecimal hoursPerWeek,
                      String postcode, String place, ContractType contractType, @Nullable Integer contractMonths,
                      @Nullable LocalDate startDate, @Nullable LocalDate validThrough, String requirements,
                      String skills, String adjustments, int places, boolean sroi, boolean banenafspraak, Instant now) {
        this.title = title;
        this.descriptionHtml = sanitisedDescription;
        this.iscoCode = iscoCode;
        this.hoursPerWeek = hoursPerWeek;
        this.postcode = postcode;
        this.place = place;
        this.contractType = contractType;
        this.contractMonths = contractType == ContractType.TEMPORARY ? contractMonths : null;
        this.startDate = startDate;
        this.validThrough = validThrough;
        this.requirements = requirements;
        this.skills = skills;
        this.adjustments = adjustments;
        this.places = places;
        this.sroi = sroi;
        this.banenafspraak = banenafspraak;
        this.updatedAt = now;
    }

    /** concept → gepubliceerd; the first publication date is kept as the date posted. */
    public void publish(Instant now) {
        requireStatus(VacancyStatus.CONCEPT);
        status = VacancyStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** An SROI vacancy from now on (linked to an SROI contract); not for a closed vacancy. */
    public void markSroi(Instant now) {
        if (status == VacancyStatus.CLOSED) {
            throw new IllegalStateException("Vacancy " + id() + " is closed");
        }
        sroi = true;
        updatedAt = now;
    }

    /** gepubliceerd → gesloten. */
    public void close(Instant now) {
        requireStatus(VacancyStatus.PUBLISHED);
        status = VacancyStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    /** gesloten → gepubliceerd. */
    public void reopen(Instant now) {
        requireStatus(VacancyStatus.CLOSED);
        status = VacancyStatus.PUBLISHED;
        closedAt = null;
        updatedAt = now;
    }

    private void requireStatus(VacancyStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Vacancy " + id() + " is " + status + ", not " + expected);
        }
    }

    public VacancyStatus status() { return status; }
    public String title() { return title; }
    public String descriptionHtml() { return descriptionHtml; }
    public String iscoCode() { return iscoCode; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public String postcode() { return postcode; }
    public String place() { return place; }
    public ContractType contractType() { return contractType; }
    public @Nullable Integer contractMonths() { return contractMonths; }
    public @Nullable LocalDate startDate() { return startDate; }
    public @Nullable LocalDate validThrough() { return validThrough; }
    public String requirements() { return requirements; }
    public String skills() { return skills; }
    public String adjustments() { return adjustments; }
    public int places() { return places; }
    public boolean sroi() { return sroi; }
    public boolean banenafspraak() { return banenafspraak; }
    public Instant updatedAt() { return updatedAt; }
    public @Nullable Instant publishedAt() { return publishedAt; }
}
