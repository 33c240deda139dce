package nl.werkbrug.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import nl.werkbrug.shared.Slug;

/**
 * Carries a tenant explicitly for work that does not come from a user's screen: background jobs, event listeners,
 * start-up loaders and tests. Work started from the UI gets its tenant from the UI (see {@link AmbientTenantSource}).
 */
public final class TenantContext {

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T callAs(String tenantId, Supplier<T> work) {
        Slug.require(tenantId, "tenant");
        String previous = EXPLICIT.get();
        EXPLICIT.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    static Optional<String> explicit() {
        return Optional.ofNullable(EXPLICIT.get());
    }
}
