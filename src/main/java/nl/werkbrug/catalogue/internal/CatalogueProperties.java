package nl.werkbrug.catalogue.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStartup whether the region's catalogue files are read into the database at start-up
 *                      ({@code werkbrug.catalogue.load-on-startup})
 */
@ConfigurationProperties("werkbrug.catalogue")
record CatalogueProperties(@DefaultValue("true") boolean loadOnStartup) {
}
