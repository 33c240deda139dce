package nl.werkbrug.catalogue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OverrideVersionRepository extends JpaRepository<OverrideVersion, Long> {

    List<OverrideVersion> findByRegionalInstrumentIdOrderByVersionNo(long regionalInstrumentId);
}
