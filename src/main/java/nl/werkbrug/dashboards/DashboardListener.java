package nl.werkbrug.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import nl.werkbrug.candidates.CandidateEvent;
import nl.werkbrug.dashboards.Fact.Kind;
import nl.werkbrug.pool.PoolEvent;
import nl.werkbrug.referrals.ReferralEvent;
import nl.werkbrug.sroi.SroiEvent;
import nl.werkbrug.subsidies.SubsidyEvent;
import nl.werkbrug.tenancy.PublishingTransaction;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboards from the modules' events: each event that a KPI needs becomes a fact of the dashboards' own
 * history (events carry no date: the fact is dated the day it is processed). Two ways, decided when the event is
 * published ({@link PublishingTransaction}):
 * <ul>
 * <li>published in a transaction of the event's own municipality (the common case: a consultant's work), the fact is
 * kept in that transaction ({@link FactInbox}: written just before its commit, no registry row, no transaction of its
 * own);</li>
 * <li>published elsewhere (an employer's or another municipality's transaction), the asynchronous
 * {@code @ApplicationModuleListener} keeps it after the commit, in the event's municipality and its own transaction,
 * with the event publication registry's guarantee (resubmitted if it fails).</li>
 * </ul>
 * Either way it only appends the fact: the {@link Projector} brings the figures up to date in batches after the commit.
 * The fact's key makes a resubmitted event count once; a fact that may recur for one subject (a question, a rung, a
 * deployment) is keyed by its day as well.
 */
@Component
class DashboardListener {

    /** The event is kept in its publishing transaction ({@link PublishingTransaction}). */
    private static final String HERE = PublishingTransaction.CONDITION_OWN;
    /** The event is kept after the commit, through the registry. */
    private static final String ELSEWHERE = PublishingTransaction.CONDITION_ELSEWHERE;

    private final Projector projector;
    private final FactInbox inbox;
    private final Clock clock;

    DashboardListener(Projector projector, FactInbox inbox, Clock clock) {
        this.projector = projector;
        this.inbox = inbox;
        this.clock = clock;
    }

    @EventListener(condition = HERE)
    void inTransaction(SubsidyEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> inbox.add(event.tenantId(), event.regionId(), fact));
    }

    @EventListener(condition = HERE)
    void inTransaction(CandidateEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> inbox.add(event.tenantId(), event.regionId(), fact));
    }

    @EventListener(condition = HERE)
    void inTransaction(PoolEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> inbox.add(event.tenantId(), event.regionId(), fact));
    }

    @EventListener(condition = HERE)
    void inTransaction(SroiEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> inbox.add(event.tenantId(), event.regionId(), fact));
    }

    @EventListener(condition = HERE)
    void inTransaction(ReferralEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> inbox.add(event.tenantId(), event.regionId(), fact));
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(SubsidyEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> projector.record(event.tenantId(), event.regionId(), fact));
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(CandidateEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> projector.record(event.tenantId(), event.regionId(), fact));
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(PoolEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> projector.record(event.tenantId(), event.regionId(), fact));
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(SroiEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> projector.record(event.tenantId(), event.regionId(), fact));
    }

    /** SROI: the obligation of a contract registered, the value of a realisation accepted (of the contracting municipality). */
    static Optional<Fact> fact(SroiEvent event, LocalDate today) {
        return Optional.ofNullable(switch (event) {
            case SroiEvent.ContractRegistered registered ->
                    Fact.of(Kind.SROI_OBLIGATION, registered.contractId(), today, null).withAmount(registered.netObligation());
            case SroiEvent.RealisationAccepted accepted ->
                    Fact.of(Kind.SROI_ACCEPTED, accepted.realisationId(), today, accepted.blockCode()).withAmount(accepted.value());
            default -> null;
        });
    }

    /** The fact of any event the dashboards listen to, dated {@code day}; none for any other object. */
    static Optional<Fact> factOf(Object event, LocalDate day) {
        return switch (event) {
            case SubsidyEvent subsidy -> fact(subsidy, day);
            case CandidateEvent candidate -> fact(candidate, day);
            case PoolEvent pool -> fact(pool, day);
            case ReferralEvent referral -> fact(referral, day);
            case SroiEvent sroi -> fact(sroi, day);
            default -> Optional.empty();
        };
    }

    static Optional<Fact> fact(SubsidyEvent event, LocalDate today) {
        long id = event.requestId();
        return Optional.ofNullable(switch (event) {
            case SubsidyEvent.SubsidyRequestSubmitted submitted ->
                    Fact.of(Kind.REQUEST_SUBMITTED, id, today, submitted.instrumentCode()).withDetail(submitted.decisionTerm());
            case SubsidyEvent.InformationRequested asked -> Fact.of(Kind.INFORMATION_REQUESTED, id, today, null).keyed(today.toString());
            case SubsidyEvent.InformationAnswered answered -> Fact.of(Kind.INFORMATION_ANSWERED, id, today, null).keyed(today.toString());
            case SubsidyEvent.SubsidyRequestDecided decided ->
                    Fact.of(Kind.REQUEST_DECIDED, id, today, decided.outcome().name()).withAmount(decided.monthlyAmount());
            default -> null;
        });
    }

    static Optional<Fact> fact(CandidateEvent event, LocalDate today) {
        long id = event.fileId();
        return Optional.ofNullable(switch (event) {
            case CandidateEvent.TrajectoryStarted started ->
                    Fact.of(Kind.TRAJECTORY_STARTED, id, today, started.instrumentCode()).keyed(started.instrumentCode() + ":" + today);
            case CandidateEvent.OutflowRecorded outflow -> Fact.of(Kind.OUTFLOW, id, today, outflow.reason().name());
            case CandidateEvent.OutflowLastingRecorded lasting ->
                    Fact.of(Kind.OUTFLOW_LASTING, id, today, lasting.reason().name()).withFlag(lasting.lasted());
            case CandidateEvent.LadderRungRecorded rung -> Fact.of(Kind.RUNG_RECORDED, id, today, null)
                    .withRungs(rung.previous(), rung.rung()).keyed(rung.previous() + "-" + rung.rung() + ":" + today);
            default -> null;
        });
    }

    @ApplicationModuleListener(condition = ELSEWHERE)
    void on(ReferralEvent event) {
        fact(event, LocalDate.now(clock)).ifPresent(fact -> projector.record(event.tenantId(), event.regionId(), fact));
    }

    /** A proposal and a hire, in the municipality that owns the candidate's file. */
    static Optional<Fact> fact(ReferralEvent event, LocalDate today) {
        return Optional.ofNullable(switch (event) {
            case ReferralEvent.Proposed proposed -> Fact.of(Kind.REFERRAL_PROPOSED, proposed.referralId(), today, null);
            case ReferralEvent.Hired hired -> Fact.of(Kind.PLACEMENT, hired.referralId(), today,
                    hired.contractType().name()).withAmount(hired.hoursPerWeek()).withFlag(hired.doelgroepregister());
            default -> null;
        });
    }

    static Optional<Fact> fact(PoolEvent event, LocalDate today) {
        return Optional.ofNullable(switch (event) {
            case PoolEvent.ConsentGiven given when given.joined() -> Fact.of(Kind.POOL_JOINED, event.profileId(), today, null);
            case PoolEvent.ProfileLeft left -> Fact.of(Kind.POOL_LEFT, event.profileId(), today, null);
            case PoolEvent.ProfileConfirmed confirmed ->
                    Fact.of(Kind.PROFILE_CONFIRMED, event.profileId(), today, null).keyed(today.toString());
            case PoolEvent.IntroductionRequested asked ->
                    Fact.of(Kind.INTRODUCTION_REQUESTED, asked.introductionId(), today, null);
            default -> null;
        });
    }
}
