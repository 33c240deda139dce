package nl.werkbrug.candidates.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.werkbrug.candidates.LanguageLevel;

/** A language the candidate speaks, with the level. */
@Entity
@Table(name = "candidate_language")
class LanguageRecord extends FileChild {

    @Column(name = "language", nullable = false)
    private String language = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private LanguageLevel level;

    protected LanguageRecord() {
        this.level = LanguageLevel.values()[0];
    }

    LanguageRecord(String language, LanguageLevel level) {
        this.language = language;
        this.level = level;
    }

    String language() {
        return language;
    }

    LanguageLevel level() {
        return level;
    }
}
