package nl.werkbrug.tenancy;

import java.util.List;
import java.util.Locale;

/**
 * A municipality served by this installation.
 *
 * @param id                    slug, also the value of every {@code tenant_id} column ("enschede")
 * @param name                  official name ("Gemeente Enschede")
 * @param shortName             name for headers and lists ("Enschede")
 * @param cbsCode               CBS gemeentecode ("GM0153")
 * @param regionId              labour-market region the municipality belongs to
 * @param hosts                 host names that open the portal on this municipality
 * @param defaultLocale         language the portal starts in for this municipality
 * @param executingOrganisation organisation that carries out the Participatiewet for this municipality
 * @param theme                 folder under {@code themes/} with the municipality's stylesheet
 * @param logoText              text shown as the logo in the header
 */
public record Tenant(String id, String name, String shortName, String cbsCode, String regionId, List<String> hosts,
                     Locale defaultLocale, String executingOrganisation, String theme, String logoText) {

    public Tenant {
        hosts = List.copyOf(hosts);
    }

    /** Path of the tenant's stylesheet as served by the portal. */
    public String stylesheet() {
        return "themes/" + theme + "/tenant.css";
    }
}
