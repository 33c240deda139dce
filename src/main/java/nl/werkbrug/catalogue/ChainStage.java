package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The four stages of Enschede's "Keten instrumentarium" (seed 004). */
public enum ChainStage implements Term {
    MEEDOEN, ARBEIDSFIT_WORDEN, KENNIS_EN_ERVARING_OPDOEN, WERKEN_MET_ONDERSTEUNING;

    @JsonCreator
    public static ChainStage fromSlug(String slug) {
        return Vocabulary.parse(ChainStage.class, slug);
    }
}
