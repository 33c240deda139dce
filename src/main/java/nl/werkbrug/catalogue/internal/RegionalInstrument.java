package nl.werkbrug.catalogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An instrument of the region's instrumentenkoffer; its content lives in its versions. */
@Entity
@Table(name = "catalogue_regional_instrument")
public class RegionalInstrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(nullable = false, updatable = false)
    private String code;

    protected RegionalInstrument() {
        this.regionId = "";
        this.code = "";
    }

    public RegionalInstrument(String regionId, String code) {
        this.regionId = regionId;
        this.code = code;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String code() {
        return code;
    }
}
