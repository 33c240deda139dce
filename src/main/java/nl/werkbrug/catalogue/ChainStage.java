package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The four stages of Enschede's "Keten instrumentarium" (seed 004). */
public enum ChainStage {
    MEEDOEN, ARBEIDSFIT_WORDEN, KENNIS_EN_ERVARING_OPDOEN, WERKEN_MET_ONDERSTEUNING;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static ChainStage fromSlug(String slug) {
        return Vocabulary.parse(ChainStage.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.chain-stage." + slug();
    }
}
