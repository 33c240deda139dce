package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an instrument is for, in Enschede's eight-value "Doel" vocabulary (seed 004). */
public enum Goal {
    STIMULEREN, MEEDOEN, VOORBEREIDEN_ARBEIDSMARKT, ARBEIDSFIT_MAKEN, UITSTROOM, UITSTROOM_VOORKOMEN_UITVAL, UITSTROOM_PREVENTIEF, INZICHT_WERKZOEKENDEN;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static Goal fromSlug(String slug) {
        return Vocabulary.parse(Goal.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.goal." + slug();
    }
}
