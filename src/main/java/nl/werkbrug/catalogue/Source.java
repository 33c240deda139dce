package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where an instrument comes from: the law, the region, the municipality itself, UWV or the tax authority. */
public enum Source implements Term {
    WETTELIJK, REGIONAAL, LOKAAL, UWV, BELASTING;

    @JsonCreator
    public static Source fromSlug(String slug) {
        return Vocabulary.parse(Source.class, slug);
    }
}
