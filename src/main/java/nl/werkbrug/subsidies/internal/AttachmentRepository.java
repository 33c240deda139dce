package nl.werkbrug.subsidies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<AttachmentRecord, Long> {

    /** The documents of a request, without their content. */
    @Query("select a.id, a.fileName, a.contentType, a.sizeBytes from AttachmentRecord a where a.requestId = ?1 order by a.id")
    List<Object[]> listOf(long requestId);

    /** How many documents a request has. */
    long countByRequestId(long requestId);
}
