package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an employer is looking for; the public catalogue is grouped by it. Instruments without one are not aimed at employers. */
public enum EmployerNeed {
    FINANCIELE_STEUN, BEGELEIDING, PROEFPLAATSEN_EN_LEREN, RISICO_AFDEKKING;

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    public String slug() {
        return Vocabulary.slug(this);
    }

    @JsonCreator
    public static EmployerNeed fromSlug(String slug) {
        return Vocabulary.parse(EmployerNeed.class, slug);
    }

    /** Translation key of the Dutch (or English) label. */
    public String labelKey() {
        return "catalogue.employer-need." + slug();
    }
}
