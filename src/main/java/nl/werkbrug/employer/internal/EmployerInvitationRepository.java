package nl.werkbrug.employer.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EmployerInvitationRepository extends JpaRepository<EmployerInvitation, Long> {

    Optional<EmployerInvitation> findByTokenHash(String tokenHash);

    /** Locks the row, so two people opening the same link at once cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from EmployerInvitation i where i.tokenHash = :tokenHash")
    Optional<EmployerInvitation> lockByTokenHash(String tokenHash);

    @Query("""
            select i from EmployerInvitation i
            where i.employerId = :employerId and i.acceptedAt is null and i.expiresAt > :now
            order by i.createdAt desc""")
    List<EmployerInvitation> findOpen(long employerId, Instant now);
}
