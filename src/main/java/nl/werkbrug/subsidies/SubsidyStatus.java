package nl.werkbrug.subsidies;

import java.util.Set;

/**
 * Where a subsidy request stands: concept, ingediend, in behandeling, informatie gevraagd, besloten (toegekend,
 * afgewezen, or buiten behandeling gesteld under Awb 4:5) or ingetrokken.
 */
public enum SubsidyStatus {
    CONCEPT, INGEDIEND, IN_BEHANDELING, INFORMATIE_GEVRAAGD, TOEGEKEND, AFGEWEZEN, INGETROKKEN, BUITEN_BEHANDELING;

    static final Set<SubsidyStatus> OPEN = Set.of(INGEDIEND, IN_BEHANDELING, INFORMATIE_GEVRAAGD);

    /** Submitted and not yet decided or withdrawn: the decision term runs (or stands still). */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** A decision with a letter and a bezwaar clause: granted, refused, or not considered (Awb 4:5). */
    public boolean isDecided() {
        return this == TOEGEKEND || this == AFGEWEZEN || this == BUITEN_BEHANDELING;
    }

    /** A decision on the merits of the request. */
    public boolean isGrantOrRefusal() {
        return this == TOEGEKEND || this == AFGEWEZEN;
    }

    public String labelKey() {
        return "subsidy.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
