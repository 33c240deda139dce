package nl.werkbrug.catalogue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalVersionRepository extends JpaRepository<LocalVersion, Long> {

    List<LocalVersion> findByInstrumentIdOrderByVersionNo(long instrumentId);
}
