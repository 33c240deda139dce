package nl.werkbrug.sroi;

/** Where a realisation stands. */
public enum RealisationState {
    /**
     * a hire on one of the contract's SROI vacancies (through a referral): the contractor confirms it with its block
     * (it then waits for the target group or the judgement) before it counts for anything
     */
    VOORGESTELD,
    /** recorded; the block counts only for its target group, which the municipality of residence has to attest */
    WACHT_OP_DOELGROEP,
    /** recorded (and attested where the block asks it): the SROI officer judges it */
    INGEDIEND,
    /** the municipality of residence does not attest the target group: it does not count */
    DOELGROEP_NIET_BEVESTIGD,
    /** the officer accepted it: its value counts */
    GEACCEPTEERD,
    /** the officer rejected it, with a reason */
    AFGEWEZEN;

    public String labelKey() {
        return "sroi.realisation.state." + name();
    }
}
