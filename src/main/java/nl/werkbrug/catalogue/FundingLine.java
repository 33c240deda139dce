package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The budget an instrument is paid from. */
public enum FundingLine implements Term {
    BUIG, PARTICIPATIEBUDGET, PARTICIPATIEBUDGET_KLASSIEK, PARTICIPATIEBUDGET_NIEUWE_DOELGROEP, WSW, ESF, SOCIAAL_DOMEIN, WEB, WMO, REGIONAAL_FONDS, REGIONAAL_BUDGET, GEMEENTEBEGROTING, RIJK, BELASTINGDIENST, UWV, NIET_VERMELD;

    @JsonCreator
    public static FundingLine fromSlug(String slug) {
        return Vocabulary.parse(FundingLine.class, slug);
    }
}
