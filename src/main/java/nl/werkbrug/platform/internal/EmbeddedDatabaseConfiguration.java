package nl.werkbrug.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default: a real PostgreSQL 17 (zonky binaries) with a persistent data folder, started when no
 * external database is configured. Liquibase connects as {@code werkbrug_owner}, which owns the schema; the portal
 * connects as {@code werkbrug_app}, which owns nothing and cannot bypass row-level security - the same split as in
 * production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "werkbrug";
    static final String OWNER = "werkbrug_owner";
    static final String APP = "werkbrug_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        try {
            Files.createDirectories(properties.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database folder " + properties.dataDirectory(), e);
        }
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory().toAbsolutePath())
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setServerConfig("max_connections", "50")
                // stopped by Spring (destroy method) after everything that uses it; a JVM shutdown hook of its own
                // would stop it in parallel with the context's close, while beans still query it on their way out
                .setRegisterShutdownHook(false)
                .start();
        createRolesAndDatabase(JdbcClient.create(postgres.getPostgresDatabase()));
        log.info("Embedded PostgreSQL on port {} with data in {} ready in {} ms", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    private static void createRolesAndDatabase(JdbcClient superuser) {
        superuser.sql("""
                do $$ begin
                  if not exists (select from pg_roles where rolname = 'werkbrug_owner') then
                    create role werkbrug_owner login password 'werkbrug_owner' nosuperuser nocreaterole nocreatedb;
                  end if;
                  if not exists (select from pg_roles where rolname = 'werkbrug_app') then
                    create role werkbrug_app login password 'werkbrug_app' nosuperuser nocreaterole nocreatedb nobypassrls;
                  end if;
                end $$""").update();
        boolean exists = superuser.sql("select count(*) from pg_database where datname = 'werkbrug'")
                .query(Integer.class).single() > 0;
        if (!exists) {
            superuser.sql("create database werkbrug owner werkbrug_owner encoding 'UTF8' template template0").update();
        }
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setDataSource(connectingAs(postgres, APP));
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("werkbrug");
        return dataSource;
    }

    @Bean
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedPostgres postgres) {
        return connectingAs(postgres, OWNER);
    }

    /** Connections to the portal's database as one of its roles (the embedded roles' passwords are their names). */
    private static PGSimpleDataSource connectingAs(EmbeddedPostgres postgres, String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(postgres.getJdbcUrl(role, DATABASE));
        source.setUser(role);
        source.setPassword(role);
        return source;
    }
}
