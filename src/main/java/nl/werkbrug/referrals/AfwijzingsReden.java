package nl.werkbrug.referrals;

import nl.werkbrug.shared.Labelled;

/** Why the employer rejected a proposed candidate: a fixed list, so the municipalities can learn from the reasons. */
public enum AfwijzingsReden implements Labelled {
    ANDERE_KANDIDAAT, ERVARING_ONVOLDOENDE, VAARDIGHEDEN_ONVOLDOENDE, UREN_PASSEN_NIET, REISAFSTAND,
    TAAL, GESPREK_NIET_GOED, KANDIDAAT_NIET_VERSCHENEN, KANDIDAAT_HAAKT_AF, VACATURE_VERVALLEN, OVERIG;

    @Override
    public String labelPrefix() {
        return "referral.reason";
    }
}
