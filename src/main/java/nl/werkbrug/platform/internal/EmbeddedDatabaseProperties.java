package nl.werkbrug.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port          TCP port on localhost, 0 for any free port
 * @param clean         wipe the data directory on start (tests only)
 */
@ConfigurationProperties("werkbrug.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
                                  @DefaultValue("0") int port,
                                  @DefaultValue("false") boolean clean) {
}
