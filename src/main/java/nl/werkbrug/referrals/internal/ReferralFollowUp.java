package nl.werkbrug.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.OutflowReason;
import nl.werkbrug.employer.VacancyEvent;
import nl.werkbrug.identity.SystemTask;
import nl.werkbrug.referrals.LapseCause;
import nl.werkbrug.referrals.Plaatsing;
import nl.werkbrug.referrals.Referral;
import nl.werkbrug.referrals.ReferralEvent;
import nl.werkbrug.referrals.Voordracht;
import nl.werkbrug.referrals.VoordrachtState;
import nl.werkbrug.tenancy.PublishingTransaction;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantContext;
import nl.werkbrug.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a hire, a closed file and a closed vacancy, after the commit: the candidate's other open referrals
 * lapse (also when the file closes, e.g. for work found outside the portal), the
 * placement becomes outflow to work on the candidate's file (on its first working day; a later start is recorded by
 * {@link ReferralJobs} when the day comes), and the open referrals of a closed vacancy lapse.
 */
@Component
class ReferralFollowUp {

    private static final Logger log = LoggerFactory.getLogger(ReferralFollowUp.class);

    private final ReferralStore store;
    private final CandidateFiles files;
    private final TenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReferralFollowUp(ReferralStore store, CandidateFiles files, TenantDirectory directory,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.files = files;
        this.directory = directory;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs in the owning municipality, which sees every referral of its candidate. */
    @ApplicationModuleListener
    void on(ReferralEvent.Hired event) {
        for (Referral other : store.ofProfile(event.profileId(), VoordrachtState.OPEN)) {
            lapse(other, LapseCause.ELDERS_AANGENOMEN);
        }
        store.find(event.referralId()).ifPresent(hire -> recordOutflowIfStarted(hire, LocalDate.now(clock)));
    }

    /**
     * The candidate left the caseload (the file closed, e.g. hired outside the portal): the open referrals lapse, in
     * the transaction that records the outflow when it is the owning municipality's (the common case: no event
     * publication row, no transaction of its own, and the referrals lapse with the outflow or not at all).
     */
    @EventListener(condition = PublishingTransaction.CONDITION_OWN)
    void within(CandidateEvent.OutflowRecorded event) {
        lapseOpenReferrals(event);
    }

    /** The same for an outflow published anywhere else: after the commit, in the owning municipality. */
    @ApplicationModuleListener(condition = PublishingTransaction.CONDITION_ELSEWHERE)
    void on(CandidateEvent.OutflowRecorded event) {
        lapseOpenReferrals(event);
    }

    private void lapseOpenReferrals(CandidateEvent.OutflowRecorded event) {
        LapseCause cause = event.reason() == OutflowReason.WERK ? LapseCause.ELDERS_AANGENOMEN
                : LapseCause.DOSSIER_GESLOTEN;
        store.ofFile(event.fileId(), VoordrachtState.OPEN).forEach(open -> lapse(open, cause));
    }

    /** A region event: each municipality lapses the open referrals it is a party to. */
    @ApplicationModuleListener
    void on(VacancyEvent.VacancyClosed event) {
        for (Tenant tenant : directory.tenants()) {
            TenantContext.runAs(tenant.id(), () -> SystemTask.run(() -> ownTransaction.executeWithoutResult(status ->
                    store.ofVacancy(event.vacancyId(), VoordrachtState.OPEN).forEach(open ->
                            lapse(open, LapseCause.VACATURE_GESLOTEN)))));
        }
    }

    /** Records the hire's outflow on the file once its placement started (as the owning municipality). */
    void recordOutflowIfStarted(Referral hire, LocalDate today) {
        Plaatsing placement = Objects.requireNonNull(hire.placement());
        LocalDate start = Objects.requireNonNull(placement.start());
        if (hire.outflowRecorded() || start.isAfter(today)) {
            return;
        }
        boolean[] recorded = new boolean[1];
        SystemTask.run(() -> recorded[0] = files.recordPlacementOutflow(hire.fileId(), start));
        if (!recorded[0]) {
            log.info("File {} of {} was closed already; the placement of referral {} is not recorded as outflow",
                    hire.fileId(), hire.ownerTenant(), hire.id());
        }
        store.outflowRecorded(hire.id());
    }

    private void lapse(Referral open, LapseCause cause) {
        Voordracht referral = Voordracht.of(open);
        referral.lapse(cause, clock.instant());
        if (store.moved(referral)) {
            referral.events().forEach(events::publishEvent);
        }
    }
}
