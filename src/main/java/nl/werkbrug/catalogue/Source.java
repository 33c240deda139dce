package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where an instrument comes from: the law, the region, the municipality itself, UWV or the tax authority. */
public enum Source {
    WETTELIJK, REGIONAAL, LOKAAL, UWV, BELASTING;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static Source fromSlug(String slug) {
        return Vocabulary.parse(Source.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.source." + slug();
    }
}
