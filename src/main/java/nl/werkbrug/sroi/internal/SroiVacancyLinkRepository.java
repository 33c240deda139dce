package nl.werkbrug.sroi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SroiVacancyLinkRepository extends JpaRepository<SroiVacancyLink, Long> {

    List<SroiVacancyLink> findByContractIdOrderByIdAsc(long contractId);

    Optional<SroiVacancyLink> findByVacancyId(long vacancyId);
}
