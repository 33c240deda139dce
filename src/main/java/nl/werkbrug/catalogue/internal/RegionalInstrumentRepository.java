package nl.werkbrug.catalogue.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalInstrumentRepository extends JpaRepository<RegionalInstrument, Long> {

    Optional<RegionalInstrument> findByCode(String code);
}
