package nl.werkbrug.pool;

import nl.werkbrug.shared.Labelled;

/**
 * How wide an occupation filter reaches in ISCO-08: the same occupation (4-digit unit group), its 3-digit minor
 * group or its 1-digit major group.
 */
public enum OccupationScope implements Labelled {
    BEROEP, BEROEPSGROEP, BEROEPSKLASSE;

    @Override
    public String labelPrefix() {
        return "pool.scope";
    }
}
