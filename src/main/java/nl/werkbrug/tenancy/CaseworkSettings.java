package nl.werkbrug.tenancy;

import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * A municipality's own choices for its consultants' work, from the {@code casework} block of its tenant file. Each is
 * a policy decision of the municipality; one it has not made stays empty and the portal says so instead of assuming.
 *
 * @param caseloadNormPerFte    files one full-time consultant is expected to carry (the sources give 40–75)
 * @param contactIntervalWeeks  a file without contact for this many weeks is flagged in the caseload
 * @param retentionAfterClosing how long a closed file is kept before it is anonymised
 */
public record CaseworkSettings(@Nullable Integer caseloadNormPerFte, @Nullable Integer contactIntervalWeeks,
                               @Nullable Period retentionAfterClosing) {

    public static final CaseworkSettings NONE = new CaseworkSettings(null, null, null);
}
