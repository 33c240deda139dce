package nl.werkbrug.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The tenant the current piece of work runs for: an explicit {@link TenantContext} wins, otherwise the ambient
 * source (the user's browser tab). There is never a default tenant.
 */
@Component
public class CurrentTenant {

    private final List<AmbientTenantSource> ambientSources;

    CurrentTenant(List<AmbientTenantSource> ambientSources) {
        this.ambientSources = ambientSources;
    }

    public Optional<String> id() {
        Optional<String> explicit = TenantContext.explicit();
        if (explicit.isPresent()) {
            return explicit;
        }
        for (AmbientTenantSource source : ambientSources) {
            Optional<String> tenant = source.currentTenant();
            if (tenant.isPresent()) {
                return tenant;
            }
        }
        return Optional.empty();
    }

    public String require() {
        return id().orElseThrow(NoActiveTenantException::new);
    }
}
