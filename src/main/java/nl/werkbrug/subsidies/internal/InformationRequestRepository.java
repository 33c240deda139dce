package nl.werkbrug.subsidies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationRequestRepository extends JpaRepository<InformationRequestRecord, Long> {

    List<InformationRequestRecord> findByRequestIdOrderByIdAsc(long requestId);
}
