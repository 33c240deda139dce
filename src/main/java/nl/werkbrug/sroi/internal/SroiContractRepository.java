package nl.werkbrug.sroi.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SroiContractRepository extends JpaRepository<SroiContract, Long> {

    List<SroiContract> findAllByOrderByIdDesc();

    List<SroiContract> findByEmployerIdOrderByIdDesc(long employerId);
}
