package nl.werkbrug.tenancy.internal;

import java.util.Map;

import nl.werkbrug.tenancy.CurrentTenant;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Gives Hibernate the active tenant for {@code @TenantId} columns. Without an active tenant it answers
 * {@link #NO_TENANT}, a value no row has and PostgreSQL's policies refuse on write: reads of tenant-owned entities
 * return nothing and writes fail. There is no default tenant and no root tenant.
 */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

    static final String NO_TENANT = "-";

    private final CurrentTenant currentTenant;

    TenantIdentifierResolver(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        return currentTenant.id().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.tenant_identifier_resolver", this);
    }
}
