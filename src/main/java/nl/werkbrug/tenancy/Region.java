package nl.werkbrug.tenancy;

/**
 * A labour-market region ("arbeidsmarktregio"): one installation of the portal serves one region.
 *
 * @param id   slug ("twente")
 * @param name display name ("Twente")
 * @param description one sentence on the region's cooperation
 */
public record Region(String id, String name, String description) {
}
