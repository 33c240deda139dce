package nl.werkbrug.catalogue.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalInstrumentRepository extends JpaRepository<LocalInstrument, Long> {

    Optional<LocalInstrument> findByCode(String code);
}
