package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** How a consultant was in touch with a candidate. */
public enum ContactKind implements Labelled {
    GESPREK, HUISBEZOEK, TELEFOON, EMAIL;

    @Override
    public String labelPrefix() {
        return "candidates.contact-kind";
    }
}
