package nl.werkbrug.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.werkbrug.shared.FieldProblem;
import nl.werkbrug.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The referral aggregate: moves through {@link VoordrachtState} only by its guarded methods, each of which registers a
 * {@link ReferralEvent}. Who may call which method (owner, employer, proposer) is checked by the service before; the
 * rules that need only the referral itself are checked here.
 */
public final class Voordracht {

    /** Who and what a new referral is about. */
    public record Parties(UUID id, String regionId, String ownerTenant, String proposerTenant, long employerId,
                          String employerName, long vacancyId, String vacancyTitle, UUID profileId, String pseudonym,
                          long fileId) {
    }

    private static final int NOTE_MAX = 500;

    private final Referral loaded;
    private VoordrachtState state;
    private @Nullable String agreedBy;
    private @Nullable Instant sentAt;
    private String changedBy;
    private Instant changedAt;
    private @Nullable AfwijzingsReden rejectionReason;
    private @Nullable LapseCause lapseCause;
    private @Nullable String note;
    private @Nullable Plaatsing placement;
    private final List<ReferralEvent> events = new ArrayList<>();

    private Voordracht(Referral referral) {
        this.loaded = referral;
        this.state = referral.state();
        this.agreedBy = referral.agreedBy();
        this.sentAt = referral.sentAt();
        this.changedBy = referral.changedBy();
        this.changedAt = referral.changedAt();
        this.rejectionReason = referral.rejectionReason();
        this.lapseCause = referral.lapseCause();
        this.note = referral.note();
        this.placement = referral.placement();
    }

    /** A stored referral, to move on. */
    public static Voordracht of(Referral referral) {
        return new Voordracht(referral);
    }

    /**
     * A new proposal. Proposed by the owning municipality it goes to the employer at once; by another municipality it
     * waits for the owner's agreement.
     */
    public static Voordracht propose(Parties p, @Nullable String motivation, String actor, Instant now) {
        if (motivation != null && motivation.strip().length() > 1000) {
            throw InvalidInputException.of("motivation", "referral.error.motivation-long");
        }
        boolean own = p.ownerTenant().equals(p.proposerTenant());
        Voordracht referral = new Voordracht(new Referral(p.id(), p.regionId(), p.ownerTenant(), p.proposerTenant(),
                p.employerId(), p.employerName(), p.vacancyId(), p.vacancyTitle(), p.profileId(), p.pseudonym(),
                p.fileId(), own ? VoordrachtState.VOORGESTELD : VoordrachtState.WACHT_OP_AKKOORD,
                motivation == null || motivation.isBlank() ? null : motivation.strip(), actor, now,
                own ? actor : null, own ? now : null, actor, now, null, null, null, null, false, null));
        referral.events.add(new ReferralEvent.Proposed(p.id(), p.profileId(), p.ownerTenant(), p.proposerTenant(),
                p.regionId(), p.employerId(), p.vacancyId(), actor, !own));
        return referral;
    }

    /** The owning municipality agrees to another municipality's proposal: it goes to the employer. */
    public void agree(String actor, Instant now) {
        move(VoordrachtState.VOORGESTELD, actor, now);
        agreedBy = actor;
        sentAt = now;
        events.add(new ReferralEvent.Agreed(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor));
    }

    /** The owning municipality does not agree; the note says why (for the proposer). */
    public void refuseAgreement(@Nullable String why, String actor, Instant now) {
        String checked = note(why);
        move(VoordrachtState.NIET_AKKOORD, actor, now);
        note = checked;
        events.add(new ReferralEvent.AgreementRefused(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor));
    }

    /** The employer opened the proposal. */
    public void view(String actor, Instant now) {
        move(VoordrachtState.BEKEKEN, actor, now);
        events.add(new ReferralEvent.Viewed(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor));
    }

    /** The employer invites the candidate for a talk. */
    public void invite(String actor, Instant now) {
        move(VoordrachtState.UITGENODIGD, actor, now);
        events.add(new ReferralEvent.Invited(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor));
    }

    /**
     * The employer hires the invited candidate with this placement.
     *
     * @param placedElsewhere   whether the candidate already has a hire through another referral
     * @param doelgroepregister whether the candidate is in the doelgroepregister on the first working day
     */
    public void hire(Plaatsing hire, boolean placedElsewhere, boolean doelgroepregister, String actor, Instant now,
                     LocalDate today) {
        List<FieldProblem> problems = hire.problems(today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (placedElsewhere) {
            throw InvalidInputException.of("referral", "referral.error.placed-elsewhere");
        }
        move(VoordrachtState.AANGENOMEN, actor, now);
        placement = hire;
        events.add(new ReferralEvent.Hired(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor,
                java.util.Objects.requireNonNull(hire.start()), java.util.Objects.requireNonNull(hire.hoursPerWeek()),
                java.util.Objects.requireNonNull(hire.contractType()), doelgroepregister));
    }

    /** The employer rejects the candidate, with a reason from the list. */
    public void reject(@Nullable AfwijzingsReden reason, @Nullable String why, String actor, Instant now) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "referral.error.reason-required");
        }
        String checked = note(why);
        move(VoordrachtState.AFGEWEZEN, actor, now);
        rejectionReason = reason;
        note = checked;
        events.add(new ReferralEvent.Rejected(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor, reason));
    }

    /** The proposing consultant, and only they, withdraws the proposal while it is open. */
    public void withdraw(String actor, Instant now) {
        if (!actor.equals(loaded.proposedBy())) {
            throw InvalidInputException.of("referral", "referral.error.not-proposer");
        }
        move(VoordrachtState.TERUGGETROKKEN, actor, now);
        events.add(new ReferralEvent.Withdrawn(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), actor));
    }

    /** The referral lapses by itself (the portal does this, no user). */
    public void lapse(LapseCause cause, Instant now) {
        move(VoordrachtState.VERVALLEN, "system", now);
        lapseCause = cause;
        events.add(new ReferralEvent.Lapsed(loaded.id(), loaded.profileId(), loaded.ownerTenant(),
                loaded.proposerTenant(), loaded.regionId(), loaded.employerId(), loaded.vacancyId(), "system", cause));
    }

    /** The state it was loaded in (a store moves it only from there, so a concurrent move wins once). */
    public VoordrachtState loadedState() {
        return loaded.state();
    }

    public VoordrachtState state() {
        return state;
    }

    /** The referral as it is now. */
    public Referral current() {
        Referral r = loaded;
        return new Referral(r.id(), r.regionId(), r.ownerTenant(), r.proposerTenant(), r.employerId(),
                r.employerName(), r.vacancyId(), r.vacancyTitle(), r.profileId(), r.pseudonym(), r.fileId(), state,
                r.motivation(), r.proposedBy(), r.proposedAt(), agreedBy, sentAt, changedBy, changedAt,
                rejectionReason, lapseCause, note, placement, r.outflowRecorded(), r.remindedOn());
    }

    /** The events registered since loading, in order. */
    public List<ReferralEvent> events() {
        return List.copyOf(events);
    }

    private void move(VoordrachtState next, String actor, Instant now) {
        if (!state.canMoveTo(next)) {
            throw InvalidInputException.of("referral", "referral.error.state");
        }
        state = next;
        changedBy = actor;
        changedAt = now;
    }

    private static @Nullable String note(@Nullable String why) {
        if (why == null || why.isBlank()) {
            return null;
        }
        if (why.strip().length() > NOTE_MAX) {
            throw InvalidInputException.of("note", "referral.error.note-long");
        }
        return why.strip();
    }
}
