package nl.werkbrug.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an employer is looking for; the public catalogue is grouped by it. Instruments without one are not aimed at employers. */
public enum EmployerNeed implements Term {
    FINANCIELE_STEUN, BEGELEIDING, PROEFPLAATSEN_EN_LEREN, RISICO_AFDEKKING;

    @JsonCreator
    public static EmployerNeed fromSlug(String slug) {
        return Vocabulary.parse(EmployerNeed.class, slug);
    }
}
