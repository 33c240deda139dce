package nl.werkbrug.tenancy.internal;

import nl.werkbrug.tenancy.Region;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Upserts the region and municipalities read from {@code tenants/}; rows that did not change are not touched. */
final class TenantTable {

    private TenantTable() {
    }

    /** Returns the number of rows inserted or changed. */
    static int sync(JdbcClient jdbc, TenantDirectory directory) {
        Region region = directory.region();
        int changed = jdbc.sql("""
                        insert into region (id, name, description) values (:id, :name, :description)
                        on conflict (id) do update set name = excluded.name, description = excluded.description
                        where (region.name, region.description) is distinct from (excluded.name, excluded.description)""")
                .param("id", region.id()).param("name", region.name()).param("description", region.description())
                .update();
        for (Tenant tenant : directory.tenants()) {
            changed += jdbc.sql("""
                            insert into tenant (id, region_id, name, short_name, cbs_code)
                            values (:id, :region, :name, :shortName, :cbsCode)
                            on conflict (id) do update
                              set name = excluded.name, short_name = excluded.short_name, cbs_code = excluded.cbs_code
                            where (tenant.name, tenant.short_name, tenant.cbs_code)
                                  is distinct from (excluded.name, excluded.short_name, excluded.cbs_code)""")
                    .param("id", tenant.id()).param("region", tenant.regionId()).param("name", tenant.name())
                    .param("shortName", tenant.shortName()).param("cbsCode", tenant.cbsCode())
                    .update();
        }
        return changed;
    }
}
