package nl.werkbrug.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The schema migrations as a program of their own, for the Helm chart's migration Job (issue 13, finding 1): only
 * that Job holds the schema owner's credentials; the portal's pods run with {@code spring.liquibase.enabled=false}
 * and connect as the application role. Reads {@code SPRING_DATASOURCE_URL}, {@code SPRING_LIQUIBASE_USER},
 * {@code SPRING_LIQUIBASE_PASSWORD} and {@code WERKBRUG_DB_APP_ROLE} from the environment, as the portal would.
 * <p>
 * In the image: {@code java -cp /app/werkbrug.jar nl.werkbrug.platform.SchemaMigration} (the jar names lib/ in its manifest).
 */
public final class SchemaMigration {

    /** The same change log the portal's Liquibase reads (spring.liquibase.change-log without its classpath: prefix). */
    public static final String CHANGE_LOG = "db/changelog/db.changelog-master.yaml";

    private SchemaMigration() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        migrate(required(env, "SPRING_DATASOURCE_URL"), required(env, "SPRING_LIQUIBASE_USER"),
                required(env, "SPRING_LIQUIBASE_PASSWORD"), env.getOrDefault("WERKBRUG_DB_APP_ROLE", "werkbrug_app"));
    }

    /** Brings the schema up to date as the owner and grants the application role its rights (the change log's). */
    public static void migrate(String url, String owner, String password, String appRole) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, owner, password)) {
            migrate(connection, appRole);
        }
    }

    static void migrate(Connection connection, String appRole) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.set("app_role", appRole);
        Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGE_LOG)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                        .execute());
    }

    private static String required(Map<String, String> env, String name) throws SQLException {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new SQLException(name + " is required for the schema migration");
        }
        return Objects.requireNonNull(value);
    }
}
