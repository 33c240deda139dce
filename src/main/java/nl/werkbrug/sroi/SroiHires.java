package nl.werkbrug.sroi;

import java.time.Clock;

import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.referrals.ReferralEvent;
import nl.werkbrug.sroi.internal.SroiContractRepository;
import nl.werkbrug.sroi.internal.SroiRealisation;
import nl.werkbrug.sroi.internal.SroiRealisationRepository;
import nl.werkbrug.sroi.internal.SroiVacancyLinkRepository;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hire (referral "aangenomen") on an SROI vacancy becomes a proposed realisation of the vacancy's contract: the
 * contractor confirms it with its block, then it goes the way of every realisation (attestation, judgement). The
 * contract lives with the contracting municipality, which the event does not name, so each municipality of the
 * region looks for the vacancy among its contracts' links, in a transaction of its own. The hire's employer must be
 * the contract's; a hire is proposed once.
 */
@Component
class SroiHires {

    private final SroiVacancyLinkRepository links;
    private final SroiContractRepository contracts;
    private final SroiRealisationRepository realisations;
    private final TenantDirectory directory;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SroiHires(SroiVacancyLinkRepository links, SroiContractRepository contracts,
              SroiRealisationRepository realisations, TenantDirectory directory,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.links = links;
        this.contracts = contracts;
        this.realisations = realisations;
        this.directory = directory;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReferralEvent.Hired hired) {
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> SystemTask.run(() ->
                    ownTransaction.executeWithoutResult(status -> propose(hired))));
        }
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
