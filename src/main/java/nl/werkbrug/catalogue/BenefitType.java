package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The benefit a person receives. */
public enum BenefitType {
    BIJSTAND, IOAW, IOAZ, WW, WAJONG, WIA, GEEN;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static BenefitType fromSlug(String slug) {
        return Vocabulary.parse(BenefitType.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.benefit." + slug();
    }
}
