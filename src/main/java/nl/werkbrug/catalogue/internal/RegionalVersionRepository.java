package nl.werkbrug.catalogue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalVersionRepository extends JpaRepository<RegionalVersion, Long> {

    List<RegionalVersion> findByInstrumentIdOrderByVersionNo(long instrumentId);
}
