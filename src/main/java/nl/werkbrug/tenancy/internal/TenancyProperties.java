package nl.werkbrug.tenancy.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory folder with one sub-folder per region ({@code tenants/twente/region.yaml}) holding one
 *                  sub-folder per municipality ({@code tenants/twente/enschede/tenant.yaml})
 * @param region    the region this installation serves
 */
@ConfigurationProperties("werkbrug.tenancy")
record TenancyProperties(@DefaultValue("tenants") Path directory, @DefaultValue("twente") String region) {
}
