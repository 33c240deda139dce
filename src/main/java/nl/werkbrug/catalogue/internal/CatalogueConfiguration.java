package nl.werkbrug.catalogue.internal;

import java.nio.file.Path;

import jakarta.validation.Validator;
import nl.werkbrug.catalogue.Bibliography;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** The region's list of sources ({@code tenants/<region>/bronnen.yaml}), read once at start-up. */
    @Bean
    Bibliography bibliography(Validator validator, TenantDirectory directory,
                              @Value("${werkbrug.tenancy.directory:tenants}") Path tenantsDirectory) {
        return new CatalogueFiles(validator).readBibliography(tenantsDirectory, directory.region().id());
    }
}
