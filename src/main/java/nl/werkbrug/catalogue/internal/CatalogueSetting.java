package nl.werkbrug.catalogue.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;
import org.jspecify.annotations.Nullable;

/** A municipality's catalogue settings, e.g. Hengelo's choice not to show employers the amounts. */
@Entity
@Table(name = "catalogue_setting")
public class CatalogueSetting extends TenantOwnedEntity {

    @Column(name = "hide_amounts_from_employers", nullable = false)
    private boolean hideAmountsFromEmployers;

    /** Hash of the settings as last read from the file, so a start-up only applies changes made in the file. */
    @Column(name = "file_hash")
    private @Nullable String fileHash;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CatalogueSetting() {
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    public CatalogueSetting(boolean hideAmountsFromEmployers, @Nullable String fileHash, String updatedBy, Instant updatedAt) {
        this.hideAmountsFromEmployers = hideAmountsFromEmployers;
        this.fileHash = fileHash;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public boolean hideAmountsFromEmployers() {
        return hideAmountsFromEmployers;
    }

    public @Nullable String fileHash() {
        return fileHash;
    }

    public void change(boolean hide, @Nullable String fileHash, String by, Instant at) {
        this.hideAmountsFromEmployers = hide;
        this.fileHash = fileHash;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
