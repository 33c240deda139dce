package nl.werkbrug.subsidies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubsidyRequestRepository extends JpaRepository<SubsidyRequest, Long> {

    List<SubsidyRequest> findByEmployerIdOrderByCreatedAtDesc(long employerId);

    List<SubsidyRequest> findByStatusNotOrderByIdDesc(nl.werkbrug.subsidies.SubsidyStatus status);

    List<SubsidyRequest> findByEmployeeBsnIndexAndStatusNotOrderByIdDesc(String employeeBsnIndex,
                                                                    nl.werkbrug.subsidies.SubsidyStatus status);
}
