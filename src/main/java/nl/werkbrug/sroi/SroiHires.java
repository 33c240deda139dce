package nl.werkbrug.sroi;

import java.time.Clock;

import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.referrals.ReferralEvent;
import nl.werkbrug.sroi.internal.SroiContractRepository;
import nl.werkbrug.sroi.internal.SroiRealisation;
import nl.werkbrug.sroi.internal.SroiRealisationRepository;
import nl.werkbrug.sroi.internal.SroiVacancyLinkRepository;
import nl.werkbrug.tenancy.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hire (referral "aangenomen") on an SROI vacancy becomes a proposed realisation of the vacancy's contract: the
 * contractor confirms it with its block, then it goes the way of every realisation (attestation, judgement). The
 * contract lives with the contracting municipality, which the event does not name: the listener's own transaction
 * asks the database which municipality's contract the vacancy is linked to for the hire's employer (a function that
 * answers that municipality's id and nothing else, {@code sroi-003}), and only that municipality proposes, in one
 * transaction of its own. A hire on a vacancy without a contract opens no further transaction. A hire is proposed
 * once.
 */
@Component
class SroiHires {

    private final SroiVacancyLinkRepository links;
    private final SroiContractRepository contracts;
    private final SroiRealisationRepository realisations;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SroiHires(SroiVacancyLinkRepository links, SroiContractRepository contracts,
              SroiRealisationRepository realisations,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.links = links;
        this.contracts = contracts;
        this.realisations = realisations;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReferralEvent.Hired hired) {
        links.findContractingTenant(hired.vacancyId(), hired.employerId()).ifPresent(contracting ->
                TenantContext.runAs(contracting, () -> SystemTask.run(() ->
                        ownTransaction.executeWithoutResult(status -> propose(hired)))));
    }

    private void propose(ReferralEvent.Hired hired) {
        links.findByVacancyId(hired.vacancyId())
                .flatMap(link -> contracts.findById(link.contractId()))
                .filter(contract -> contract.employerId() == hired.employerId())
                .filter(contract -> !realisations.existsByReferralId(hired.referralId()))
                .ifPresent(contract -> realisations.save(SroiRealisation.proposed(contract, hired.referralId(),
                        hired.vacancyId(), hired.tenantId(), hired.start(), hired.hoursPerWeek(),
                        "Plaatsing via SROI-vacature " + hired.vacancyId(), clock.instant())));
    }
}
