package nl.werkbrug.tenancy.internal;

import java.util.List;

import jakarta.validation.Validator;
import nl.werkbrug.tenancy.AmbientEmployerSource;
import nl.werkbrug.tenancy.CurrentTenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /**
     * Reads {@code tenants/} and mirrors the region and its municipalities into the database, where tenant-owned
     * rows reference them. Runs on every start and changes nothing when the files did not change.
     */
    @Bean
    @DependsOnDatabaseInitialization
    TenantDirectory tenantDirectory(TenancyProperties properties, Validator validator, JdbcClient jdbc,
                                    PlatformTransactionManager transactionManager) {
        TenantDirectory directory = new TenantFiles(validator).read(properties.directory(), properties.region());
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> TenantTable.sync(jdbc, directory));
        return directory;
    }

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
