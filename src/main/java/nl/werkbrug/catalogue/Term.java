package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A word of one of the catalogue's fixed vocabularies (an enum such as {@link FundingLine}): written as a lower-case
 * slug in YAML, JSON and translation keys, and shown by its label in the nl/en bundles.
 */
public interface Term {

    /** The value as written in YAML and JSON, and the last part of its translation key. */
    @JsonValue
    default String slug() {
        return Vocabulary.slug((Enum<?>) this);
    }

    /** Translation key of the Dutch (or English) label ({@code catalogue.funding.buig}). */
    default String labelKey() {
        return Vocabulary.labelKey(this);
    }
}
