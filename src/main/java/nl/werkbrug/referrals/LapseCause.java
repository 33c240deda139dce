package nl.werkbrug.referrals;

import nl.werkbrug.shared.Labelled;

/** Why a referral lapsed by itself. */
public enum LapseCause implements Labelled {
    /** The employer closed the vacancy. */
    VACATURE_GESLOTEN,
    /** The candidate was hired through another referral. */
    ELDERS_AANGENOMEN;

    @Override
    public String labelPrefix() {
        return "referral.lapse";
    }
}
