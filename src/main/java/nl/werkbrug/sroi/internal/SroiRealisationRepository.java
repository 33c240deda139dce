package nl.werkbrug.sroi.internal;

import java.util.List;

import nl.werkbrug.sroi.RealisationState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SroiRealisationRepository extends JpaRepository<SroiRealisation, Long> {

    List<SroiRealisation> findByContractIdOrderByIdAsc(long contractId);

    java.util.Optional<SroiRealisation> findByContractIdAndReferralIdAndState(long contractId, java.util.UUID referralId,
                                                                               RealisationState state);

    boolean existsByReferralId(java.util.UUID referralId);

    List<SroiRealisation> findByResidenceTenantAndStateOrderByIdAsc(String residenceTenant, RealisationState state);
}
