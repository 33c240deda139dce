package nl.werkbrug.catalogue;

/** What the comparison of one instrument across municipalities puts side by side. */
public enum ComparedAspect {
    OFFERED, MAX_DURATION, AMOUNT, CONDITIONS, REQUEST_DEADLINE, DECISION_TERM, PROVIDER;

    public String labelKey() {
        return "catalogue.compare.aspect." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
