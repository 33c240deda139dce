package nl.werkbrug.employer;

import org.jspecify.annotations.Nullable;

/** An employer organisation as shown to its own users. */
public record EmployerSummary(long id, String kvkNumber, @Nullable String vestigingsnummer, String name,
                              @Nullable String place, @Nullable String address, @Nullable String sbiCode,
                              @Nullable String contactName, @Nullable String contactEmail,
                              @Nullable String contactPhone) {
}
