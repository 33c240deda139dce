package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Obstacles (belemmeringen) in the categories of Hengelo's table 5.9.10 (Divosa monitor), plus language. */
public enum Obstacle implements Labelled {
    LAGE_OPLEIDING, FYSIEK, SOCIAAL, PSYCHISCH, GEEN_WERKERVARING, LEEFTIJD, ZORGTAKEN, TAAL;

    @Override
    public String labelPrefix() {
        return "candidates.obstacle";
    }
}
