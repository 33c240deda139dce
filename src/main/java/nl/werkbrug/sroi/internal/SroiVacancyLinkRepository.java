package nl.werkbrug.sroi.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SroiVacancyLinkRepository extends JpaRepository<SroiVacancyLink, Long> {

    List<SroiVacancyLink> findByContractIdOrderByIdAsc(long contractId);

    Optional<SroiVacancyLink> findByVacancyId(long vacancyId);

    /**
     * The municipality whose contract the vacancy is linked to, if the contract is the employer's; answered in any
     * transaction, whatever its municipality (a function of the schema owner, {@code sroi-003}).
     */
    @Query(value = "select sroi_vacancy_contracting_tenant(:vacancyId, :employerId)", nativeQuery = true)
    Optional<String> findContractingTenant(@Param("vacancyId") long vacancyId, @Param("employerId") long employerId);
}
