package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Command of a language: a CEFR level or mother tongue. */
public enum LanguageLevel implements Labelled {
    A1, A2, B1, B2, C1, C2, MOEDERTAAL;

    @Override
    public String labelPrefix() {
        return "candidates.language-level";
    }
}
