package nl.werkbrug.pool;

import nl.werkbrug.shared.Labelled;

/**
 * Where an introduction request stands. Only an open request ({@link #AANGEVRAAGD}) moves on, and only once: the
 * owning consultant records the candidate's consent or declines, the request expires, or the requester withdraws it.
 */
public enum IntroductionState implements Labelled {
    AANGEVRAAGD, TOESTEMMING, AFGEWEZEN, VERLOPEN, INGETROKKEN;

    @Override
    public String labelPrefix() {
        return "pool.introduction.state";
    }

    public boolean open() {
        return this == AANGEVRAAGD;
    }

    /** Whether a request in this state may move to the next one. */
    public boolean canMoveTo(IntroductionState next) {
        return open() && next != AANGEVRAAGD;
    }
}
