package nl.werkbrug.catalogue.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueSettingRepository extends JpaRepository<CatalogueSetting, Long> {

    /** The active municipality's settings (row-level security and {@code @TenantId} leave at most one). */
    default Optional<CatalogueSetting> current() {
        return findAll().stream().findFirst();
    }
}
