package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Why a candidate left the caseload (Enschede's outflow reasons). */
public enum OutflowReason implements Labelled {
    WERK, STUDIE, EIGEN_BEDRIJF, VERHUIZING, AOW, RELATIE, GEEN_INLICHTINGEN, OVERIG;

    @Override
    public String labelPrefix() {
        return "candidates.outflow";
    }
}
