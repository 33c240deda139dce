package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The budget an instrument is paid from. */
public enum FundingLine {
    BUIG, PARTICIPATIEBUDGET, PARTICIPATIEBUDGET_KLASSIEK, PARTICIPATIEBUDGET_NIEUWE_DOELGROEP, WSW, ESF, SOCIAAL_DOMEIN, WEB, WMO, REGIONAAL_FONDS, REGIONAAL_BUDGET, GEMEENTEBEGROTING, RIJK, BELASTINGDIENST, UWV, NIET_VERMELD;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static FundingLine fromSlug(String slug) {
        return Vocabulary.parse(FundingLine.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.funding." + slug();
    }
}
