package nl.werkbrug.tenancy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A werkgeversservicepunt (employer service point) of the region, from {@code tenants/<region>/werkgeversservicepunten.yaml}:
 * the name the sources give it, where they give it, the municipalities it serves, and the contact details once
 * someone has filled them in. An empty contact field is not known yet: the portal says so and never makes one up.
 *
 * @param key            slug of the point in its file
 * @param name           name as the sources write it ("Werkplein Twente, werkgeversservicepunt Almelo")
 * @param sourceRef      key of the region's list of sources ({@code bronnen.yaml}) that names the point
 * @param sourceSection  section or page of that source, if known
 * @param municipalities the municipalities it serves; empty: every municipality of the region no other point names
 * @param phone          phone number, or {@code null} while nobody has filled it in
 * @param email          e-mail address, or {@code null}
 * @param address        visiting address, or {@code null}
 * @param website        web address, or {@code null}
 */
public record ServicePoint(String key, String name, String sourceRef, @Nullable String sourceSection,
                           List<String> municipalities, @Nullable String phone, @Nullable String email,
                           @Nullable String address, @Nullable String website) {

    public ServicePoint {
        municipalities = List.copyOf(municipalities);
    }

    /** Whether this point serves the municipalities no other point of the region names. */
    public boolean regionWide() {
        return municipalities.isEmpty();
    }
}
