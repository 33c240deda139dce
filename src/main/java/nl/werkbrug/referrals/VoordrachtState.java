package nl.werkbrug.referrals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.werkbrug.shared.Labelled;

/**
 * Where a referral (voordracht) stands. A proposal by another municipality than the candidate's waits for the owner's
 * agreement ({@link #WACHT_OP_AKKOORD}); the owner agrees (then it is {@link #VOORGESTELD} to the employer) or does
 * not ({@link #NIET_AKKOORD}). The employer opens it ({@link #BEKEKEN}), invites the candidate ({@link #UITGENODIGD})
 * and hires ({@link #AANGENOMEN}) or rejects ({@link #AFGEWEZEN}). The proposing consultant may withdraw it while it
 * is open ({@link #TERUGGETROKKEN}); it lapses by itself ({@link #VERVALLEN}) when the vacancy closes or the candidate
 * is hired elsewhere.
 */
public enum VoordrachtState implements Labelled {
    WACHT_OP_AKKOORD, NIET_AKKOORD, VOORGESTELD, BEKEKEN, UITGENODIGD, AANGENOMEN, AFGEWEZEN, TERUGGETROKKEN, VERVALLEN;

    /** The only moves there are; every other pair is refused. */
    private static final Map<VoordrachtState, Set<VoordrachtState>> NEXT = Map.of(
            WACHT_OP_AKKOORD, EnumSet.of(VOORGESTELD, NIET_AKKOORD, TERUGGETROKKEN, VERVALLEN),
            VOORGESTELD, EnumSet.of(BEKEKEN, TERUGGETROKKEN, VERVALLEN),
            BEKEKEN, EnumSet.of(UITGENODIGD, AFGEWEZEN, TERUGGETROKKEN, VERVALLEN),
            UITGENODIGD, EnumSet.of(AANGENOMEN, AFGEWEZEN, TERUGGETROKKEN, VERVALLEN));

    /** The states in which a referral is still open (it can move on). */
    public static final Set<VoordrachtState> OPEN = EnumSet.of(WACHT_OP_AKKOORD, VOORGESTELD, BEKEKEN, UITGENODIGD);

    /** The states in which the employer has to act. */
    public static final Set<VoordrachtState> WAITING_ON_EMPLOYER = EnumSet.of(VOORGESTELD, BEKEKEN, UITGENODIGD);

    @Override
    public String labelPrefix() {
        return "referral.state";
    }

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(VoordrachtState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the employer may see the referral: only once the owning municipality agreed to it. */
    public boolean shownToEmployer() {
        return this != WACHT_OP_AKKOORD && this != NIET_AKKOORD;
    }
}
