package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Target groups (doelgroepen) as the sources name them. */
public enum TargetGroup {
    WERKZOEKENDEN, DIRECT_BEMIDDELBAAR, AFSTAND_TOT_ARBEIDSMARKT, LANGE_AFSTAND_TOT_ARBEIDSMARKT, ARBEIDSBEPERKING, DOELGROEP_BANENAFSPRAAK, WSW_INDICATIE, STUDENTEN_MET_ARBEIDSBEPERKING, JONGEREN, SCHOOLVERLATERS_PRO_VSO, VROUWEN, JONGE_MOEDERS, STATUSHOUDERS, OUDERE_WERKNEMERS, WERKENDEN, ONDERNEMERS;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static TargetGroup fromSlug(String slug) {
        return Vocabulary.parse(TargetGroup.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.target-group." + slug();
    }
}
