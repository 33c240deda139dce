package nl.werkbrug.catalogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.werkbrug.tenancy.TenantOwnedEntity;

/** An instrument of one municipality only; its content lives in its versions. */
@Entity
@Table(name = "catalogue_local_instrument")
public class LocalInstrument extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    protected LocalInstrument() {
        this.code = "";
    }

    public LocalInstrument(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

}
