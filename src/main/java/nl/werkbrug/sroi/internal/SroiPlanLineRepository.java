package nl.werkbrug.sroi.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SroiPlanLineRepository extends JpaRepository<SroiPlanLine, Long> {

    List<SroiPlanLine> findByContractIdOrderByIdAsc(long contractId);

    void deleteByContractId(long contractId);
}
