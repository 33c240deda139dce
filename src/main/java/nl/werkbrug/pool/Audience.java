package nl.werkbrug.pool;

import nl.werkbrug.shared.Labelled;

/** Who may see a pool profile, by the candidate's consent. */
public enum Audience implements Labelled {
    /** The consultants of the region's other municipalities (the owning municipality always sees its profiles). */
    REGION_CONSULTANTS,
    /** The users of the region's registered employers. */
    EMPLOYERS,
    /** One requester of an introduction, who may then see name and contact details. */
    REQUESTER;

    @Override
    public String labelPrefix() {
        return "pool.audience";
    }
}
