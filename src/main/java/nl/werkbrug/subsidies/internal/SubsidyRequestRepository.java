package nl.werkbrug.subsidies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubsidyRequestRepository extends JpaRepository<SubsidyRequest, Long> {

    List<SubsidyRequest> findByEmployerIdOrderByCreatedAtDesc(long employerId);

    /**
     * The municipalities holding requests of the employer the transaction carries (the owner's function
     * {@code subsidy_request_municipalities}, subsidies-011: row-level security admits one municipality at a time).
     */
    @Query(value = "select m from subsidy_request_municipalities() m", nativeQuery = true)
    List<String> municipalitiesOfOwnRequests();

    List<SubsidyRequest> findByStatusNotOrderByIdDesc(nl.werkbrug.subsidies.SubsidyStatus status);

    List<SubsidyRequest> findByEmployeeBsnIndexAndStatusNotOrderByIdDesc(String employeeBsnIndex,
                                                                    nl.werkbrug.subsidies.SubsidyStatus status);
}
