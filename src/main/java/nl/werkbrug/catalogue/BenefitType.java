package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The benefit a person receives. */
public enum BenefitType implements Term {
    BIJSTAND, IOAW, IOAZ, WW, WAJONG, WIA, GEEN;

    @JsonCreator
    public static BenefitType fromSlug(String slug) {
        return Vocabulary.parse(BenefitType.class, slug);
    }
}
