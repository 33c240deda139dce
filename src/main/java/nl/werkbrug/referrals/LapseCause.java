package nl.werkbrug.referrals;

import nl.werkbrug.shared.Labelled;

/** Why a referral lapsed by itself. */
public enum LapseCause implements Labelled {
    /** The employer closed the vacancy. */
    VACATURE_GESLOTEN,
    /** The candidate was hired through another referral, or left the caseload for work. */
    ELDERS_AANGENOMEN,
    /** The candidate's file was closed for another reason than work (moved away, study, ...). */
    DOSSIER_GESLOTEN;

    @Override
    public String labelPrefix() {
        return "referral.lapse";
    }
}
