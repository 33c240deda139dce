package nl.werkbrug.subsidies.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InformationRequestRepository extends JpaRepository<InformationRequestRecord, Long> {

    List<InformationRequestRecord> findByRequestIdOrderByIdAsc(long requestId);

    /** The questions of many requests at once, each request's in the order they were asked. */
    List<InformationRequestRecord> findByRequestIdInOrderByIdAsc(Collection<Long> requestIds);
}
