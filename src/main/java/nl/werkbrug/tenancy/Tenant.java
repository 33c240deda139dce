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
 * @param brand                 colours and logo; {@link TenantBranding} turns them into stylesheet and letterhead
 * @param casework              the municipality's settings for its consultants' work
 * @param pool                  the municipality's settings for its candidates in the regional pool
 * @param referrals             the municipality's settings for its consultants' referrals
 */
public record Tenant(String id, String name, String shortName, String cbsCode, String regionId, List<String> hosts,
                     Locale defaultLocale, String executingOrganisation, Brand brand,
                     CaseworkSettings casework, PoolSettings pool, ReferralSettings referrals) {

    public Tenant {
        hosts = List.copyOf(hosts);
    }

    /** A municipality without referral settings of its own. */
    public Tenant(String id, String name, String shortName, String cbsCode, String regionId, List<String> hosts,
                  Locale defaultLocale, String executingOrganisation, Brand brand, CaseworkSettings casework,
                  PoolSettings pool) {
        this(id, name, shortName, cbsCode, regionId, hosts, defaultLocale, executingOrganisation, brand, casework, pool,
                ReferralSettings.NONE);
    }
}
