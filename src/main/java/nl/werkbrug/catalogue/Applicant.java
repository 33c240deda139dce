package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who files the request for an instrument. */
public enum Applicant {
    WERKGEVER, CONSULENT, KANDIDAAT, ORGANISATIE;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static Applicant fromSlug(String slug) {
        return Vocabulary.parse(Applicant.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.applicant." + slug();
    }
}
