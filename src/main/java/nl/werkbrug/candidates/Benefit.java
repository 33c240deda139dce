package nl.werkbrug.candidates;

import nl.werkbrug.catalogue.BenefitType;
import nl.werkbrug.shared.Labelled;

/** The benefit a candidate receives; a nugger (niet-uitkeringsgerechtigde) receives none but has a re-integration duty. */
public enum Benefit implements Labelled {
    PARTICIPATIEWET, IOAW, IOAZ, NUGGER, GEEN;

    @Override
    public String labelPrefix() {
        return "candidates.benefit";
    }

    /** The benefit as the catalogue's applicability rules know it. */
    public BenefitType catalogueBenefit() {
        return switch (this) {
            case PARTICIPATIEWET -> BenefitType.BIJSTAND;
            case IOAW -> BenefitType.IOAW;
            case IOAZ -> BenefitType.IOAZ;
            case NUGGER, GEEN -> BenefitType.GEEN;
        };
    }
}
