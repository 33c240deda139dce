package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How an instrument's amount is stated. NIET_VERMELD: the source gives no amount; GEEN: explicitly no payment. */
public enum AmountKind implements Term {
    NIET_VERMELD, GEEN, EENMALIG, PER_MAAND, PER_JAAR, PERCENTAGE_WML;

    @JsonCreator
    public static AmountKind fromSlug(String slug) {
        return Vocabulary.parse(AmountKind.class, slug);
    }
}
