package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Target groups (doelgroepen) as the sources name them. */
public enum TargetGroup implements Term {
    WERKZOEKENDEN, DIRECT_BEMIDDELBAAR, AFSTAND_TOT_ARBEIDSMARKT, LANGE_AFSTAND_TOT_ARBEIDSMARKT, ARBEIDSBEPERKING, DOELGROEP_BANENAFSPRAAK, WSW_INDICATIE, STUDENTEN_MET_ARBEIDSBEPERKING, JONGEREN, SCHOOLVERLATERS_PRO_VSO, VROUWEN, JONGE_MOEDERS, STATUSHOUDERS, OUDERE_WERKNEMERS, WERKENDEN, ONDERNEMERS;

    @JsonCreator
    public static TargetGroup fromSlug(String slug) {
        return Vocabulary.parse(TargetGroup.class, slug);
    }
}
