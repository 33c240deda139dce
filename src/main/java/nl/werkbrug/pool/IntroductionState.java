package nl.werkbrug.pool;

import nl.werkbrug.shared.Labelled;

/**
 * Where an introduction request stands. An open request ({@link #AANGEVRAAGD}) moves on once: the owning consultant
 * records the candidate's consent or declines, the request expires, or the requester withdraws it. A consent given
 * ({@link #TOESTEMMING}) can only be withdrawn by the candidate ({@link #TERUGGENOMEN}), which ends it.
 */
public enum IntroductionState implements Labelled {
    AANGEVRAAGD, TOESTEMMING, AFGEWEZEN, VERLOPEN, INGETROKKEN, TERUGGENOMEN;

    @Override
    public String labelPrefix() {
        return "pool.introduction.state";
    }

    public boolean open() {
        return this == AANGEVRAAGD;
    }

    /** Whether a request in this state may move to the next one. */
    public boolean canMoveTo(IntroductionState next) {
        if (this == TOESTEMMING) {
            return next == TERUGGENOMEN;
        }
        return open() && next != AANGEVRAAGD && next != TERUGGENOMEN;
    }
}
