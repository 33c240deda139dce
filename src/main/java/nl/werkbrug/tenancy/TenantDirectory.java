package nl.werkbrug.tenancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The region this installation serves and its municipalities, as defined in {@code tenants/}.
 */
public final class TenantDirectory {

    private final Region region;
    private final Map<String, Tenant> tenants = new LinkedHashMap<>();

    public TenantDirectory(Region region, List<Tenant> tenants) {
        this.region = region;
        tenants.forEach(tenant -> this.tenants.put(tenant.id(), tenant));
    }

    public Region region() {
        return region;
    }

    /** Municipalities of the region, ordered by name. */
    public List<Tenant> tenants() {
        return tenants.values().stream().sorted((a, b) -> a.shortName().compareTo(b.shortName())).toList();
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(tenants.get(id));
    }

    public Tenant require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown tenant: " + id));
    }

    public Optional<Tenant> forHost(String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        return tenants.values().stream().filter(tenant -> tenant.hosts().contains(wanted)).findFirst();
    }
}
