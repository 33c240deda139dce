package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Whether a file is worked on, or closed with an outflow reason. */
public enum FileStatus implements Labelled {
    OPEN, CLOSED;

    @Override
    public String labelPrefix() {
        return "candidates.status";
    }
}
