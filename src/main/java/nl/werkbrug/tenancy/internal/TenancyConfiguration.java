package nl.werkbrug.tenancy.internal;

import java.util.List;

import nl.werkbrug.tenancy.AmbientEmployerSource;
import nl.werkbrug.tenancy.CurrentTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.persistence.EntityManagerFactory;

/**
 * The tenant resolver and the transaction manager that carries the tenant into PostgreSQL. The region itself is read
 * by {@link TenantDirectoryConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    TenantIdentifierResolver tenantIdentifierResolver(CurrentTenant currentTenant) {
        return new TenantIdentifierResolver(currentTenant);
    }

    @Bean
    TenantScopedTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
                                                      CurrentTenant currentTenant,
                                                      List<AmbientEmployerSource> employerSources,
                                                      TenancyProperties properties) {
        return new TenantScopedTransactionManager(entityManagerFactory, currentTenant, employerSources,
                properties.region());
    }
}
