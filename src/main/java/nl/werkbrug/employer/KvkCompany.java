package nl.werkbrug.employer;

import org.jspecify.annotations.Nullable;

/**
 * What the Handelsregister says about a company: its name, the visiting address and main SBI activity of its main
 * establishment (hoofdvestiging).
 *
 * @param sbiVersion 2008 or 2025: the SBI edition of {@code sbiCode}
 */
public record KvkCompany(String kvkNumber, @Nullable String vestigingsnummer, String name, String street,
                         String houseNumber, String postcode, String place, String sbiCode, int sbiVersion) {
}
