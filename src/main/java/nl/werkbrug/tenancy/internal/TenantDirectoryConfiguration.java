package nl.werkbrug.tenancy.internal;

import jakarta.validation.Validator;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The region this installation serves, read from {@code tenants/} at start ({@code werkbrug.tenancy.region}, in the
 * environment {@code WERKBRUG_TENANCY_REGION}). Apart from the rest of the tenancy configuration (transaction
 * manager, tenant resolver) so that a region can be started without a database: the tests start every region's
 * directory and catalogue this way. Public for those tests in other modules' packages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
public class TenantDirectoryConfiguration {

    /**
     * Reads {@code tenants/} and mirrors the region and its municipalities into the database, where tenant-owned
     * rows reference them. Runs on every start and changes nothing when the files did not change. Without a database
     * (a test that starts only the region) the mirror is left out.
     */
    @Bean
    @DependsOnDatabaseInitialization
    TenantDirectory tenantDirectory(TenancyProperties properties, Validator validator, ObjectProvider<JdbcClient> jdbc,
                                    ObjectProvider<PlatformTransactionManager> transactionManager) {
        TenantDirectory directory = new TenantFiles(validator).read(properties.directory(), properties.region());
        JdbcClient database = jdbc.getIfAvailable();
        if (database != null) {
            new TransactionTemplate(transactionManager.getObject())
                    .executeWithoutResult(status -> TenantTable.sync(database, directory));
        }
        return directory;
    }
}
