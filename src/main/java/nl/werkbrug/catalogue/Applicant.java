package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Who files the request for an instrument. */
public enum Applicant implements Term {
    WERKGEVER, CONSULENT, KANDIDAAT, ORGANISATIE;

    @JsonCreator
    public static Applicant fromSlug(String slug) {
        return Vocabulary.parse(Applicant.class, slug);
    }
}
