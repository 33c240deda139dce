package nl.werkbrug.catalogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An instrument of one municipality only; its content lives in its versions. */
@Entity
@Table(name = "catalogue_local_instrument")
public class LocalInstrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable String tenantId;

    @Column(nullable = false, updatable = false)
    private String code;

    protected LocalInstrument() {
        this.code = "";
    }

    public LocalInstrument(String code) {
        this.code = code;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String code() {
        return code;
    }

    public String tenantId() {
        return tenantId == null ? "" : tenantId;
    }
}
