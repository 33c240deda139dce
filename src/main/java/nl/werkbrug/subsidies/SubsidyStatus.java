package nl.werkbrug.subsidies;

import java.util.Set;

/** Where a subsidy request stands: concept, ingediend, in behandeling, informatie gevraagd, besloten or ingetrokken. */
public enum SubsidyStatus {
    CONCEPT, INGEDIEND, IN_BEHANDELING, INFORMATIE_GEVRAAGD, TOEGEKEND, AFGEWEZEN, INGETROKKEN;

    static final Set<SubsidyStatus> OPEN = Set.of(INGEDIEND, IN_BEHANDELING, INFORMATIE_GEVRAAGD);

    /** Submitted and not yet decided or withdrawn: the decision term runs (or stands still). */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isDecided() {
        return this == TOEGEKEND || this == AFGEWEZEN;
    }

    public String labelKey() {
        return "subsidy.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
