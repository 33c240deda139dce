package nl.werkbrug.candidates;

import nl.werkbrug.shared.Labelled;

/** Where a file's trajectory plan stands: no deployments, one running, or all ended. */
public enum TrajectoryStatus implements Labelled {
    NONE, ACTIVE, ENDED;

    @Override
    public String labelPrefix() {
        return "candidates.trajectory";
    }
}
