package nl.werkbrug.pool;

import nl.werkbrug.shared.Labelled;

/**
 * How the candidate's consent (AVG art. 6(1)(a) and art. 7: freely given, specific, informed, provable) was given, so
 * the municipality can prove it.
 */
public enum ConsentBasis implements Labelled {
    /** A signed consent form, kept in the municipality's records. */
    SCHRIFTELIJK,
    /** By e-mail or through a portal message from the candidate. */
    DIGITAAL,
    /** In a conversation with the consultant, who records it here. */
    MONDELING;

    @Override
    public String labelPrefix() {
        return "pool.basis";
    }
}
