package nl.werkbrug.sroi;

/** What the contract agreed for an obligation not met at the end (Hengelo brief: a fine; or more time). */
public enum Consequence {
    /** a fine (geldelijke boete) */
    BOETE,
    /** the period is extended to fill the obligation */
    VERLENGING;

    public String labelKey() {
        return "sroi.consequence." + name();
    }
}
