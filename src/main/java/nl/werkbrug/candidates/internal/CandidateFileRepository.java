package nl.werkbrug.candidates.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CandidateFileRepository extends JpaRepository<CandidateFile, Long>, JpaSpecificationExecutor<CandidateFile> {

    boolean existsByBsnIndex(String bsnIndex);

    Optional<CandidateFile> findByBsnIndex(String bsnIndex);

    boolean existsByFileNumberStartingWith(String prefix);

    /** Ids of the active municipality's open files whose number starts with the prefix, in id order. */
    @Query("select f.id from CandidateFile f where f.status = nl.werkbrug.candidates.FileStatus.OPEN "
            + "and f.fileNumber like concat(:prefix, '%') order by f.id")
    List<Long> openIdsNumbered(String prefix);

    /** Closed files of the active municipality closed before the day and not yet anonymised. */
    @Query("select f from CandidateFile f where f.status = nl.werkbrug.candidates.FileStatus.CLOSED "
            + "and f.closedOn < :before and f.anonymisedOn is null")
    List<CandidateFile> closedBefore(LocalDate before);

    /** Current rung and count of the open files a consultant is responsible for. */
    @Query("select coalesce(f.ladderRung, 0), count(f) from CandidateFile f "
            + "where f.status = nl.werkbrug.candidates.FileStatus.OPEN and f.consultantUsername = :username "
            + "group by coalesce(f.ladderRung, 0)")
    List<Object[]> openByRung(String username);
}
