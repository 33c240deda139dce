package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Deeper diagnosis after the intake interview (Enschede, Hengelo). */
public enum Diagnosis implements Labelled {
    WERKEN_AAN_WERK, Q1000, MEDISCH, PSYCHOLOGISCH, ARBEIDSDESKUNDIGE, ABA_PRAKTIJKROUTE;

    @Override
    public String labelPrefix() {
        return "candidates.diagnosis";
    }
}
