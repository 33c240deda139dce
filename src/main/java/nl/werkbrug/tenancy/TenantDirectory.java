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
    private final List<ServicePoint> servicePoints;

    public TenantDirectory(Region region, List<Tenant> tenants) {
        this(region, tenants, List.of());
    }

    public TenantDirectory(Region region, List<Tenant> tenants, List<ServicePoint> servicePoints) {
        this.region = region;
        tenants.forEach(tenant -> this.tenants.put(tenant.id(), tenant));
        this.servicePoints = List.copyOf(servicePoints);
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

    /** The region's werkgeversservicepunten, in the order of their file. */
    public List<ServicePoint> servicePoints() {
        return servicePoints;
    }

    /** The werkgeversservicepunt that serves the municipality: the one naming it, else the region-wide one. */
    public Optional<ServicePoint> servicePointFor(String tenant) {
        return servicePoints.stream().filter(point -> point.municipalities().contains(tenant)).findFirst()
                .or(() -> servicePoints.stream().filter(ServicePoint::regionWide).findFirst());
    }

    public Optional<Tenant> forHost(String host) {
        String wanted = host.toLowerCase(Locale.ROOT);
        return tenants.values().stream().filter(tenant -> tenant.hosts().contains(wanted)).findFirst();
    }
}
