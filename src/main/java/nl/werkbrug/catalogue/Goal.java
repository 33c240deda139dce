package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an instrument is for, in Enschede's eight-value "Doel" vocabulary (seed 004). */
public enum Goal implements Term {
    STIMULEREN, MEEDOEN, VOORBEREIDEN_ARBEIDSMARKT, ARBEIDSFIT_MAKEN, UITSTROOM, UITSTROOM_VOORKOMEN_UITVAL, UITSTROOM_PREVENTIEF, INZICHT_WERKZOEKENDEN;

    @JsonCreator
    public static Goal fromSlug(String slug) {
        return Vocabulary.parse(Goal.class, slug);
    }
}
