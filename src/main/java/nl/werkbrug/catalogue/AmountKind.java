package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an instrument's amount is stated. NIET_VERMELD: the source gives no amount; GEEN: explicitly no payment. */
public enum AmountKind {
    NIET_VERMELD, GEEN, EENMALIG, PER_MAAND, PER_JAAR, PERCENTAGE_WML;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static AmountKind fromSlug(String slug) {
        return Vocabulary.parse(AmountKind.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.amount." + slug();
    }
}
