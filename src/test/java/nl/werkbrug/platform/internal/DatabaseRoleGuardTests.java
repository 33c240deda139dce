package nl.werkbrug.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.werkbrug.platform.SchemaMigration;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's database role cannot become the schema owner, and the portal refuses to run as a role that could
 * (issue 13, finding 1); the migration program the Helm chart's Job runs reads the same change log as the portal.
 */
@IntegrationTest
class DatabaseRoleGuardTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void the_portal_role_cannot_set_role_to_the_owner() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getUserName()).isEqualTo("werkbrug_app");
            assertThatThrownBy(() -> statement.execute("set role werkbrug_owner"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied to set role");
        }
        assertThatCode(() -> new DatabaseRoleGuard(dataSource).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void the_guard_refuses_a_role_that_is_a_member_of_the_owner_role() {
        JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
        superuser.sql("""
                do $$ begin
                  if not exists (select from pg_roles where rolname = 'werkbrug_owner_member') then
                    create role werkbrug_owner_member login password 'werkbrug_owner_member' nosuperuser nobypassrls
                        noinherit in role werkbrug_owner;
                  end if;
                end $$""").update();

        assertThatThrownBy(() -> new DatabaseRoleGuard(connectingAs("werkbrug_owner_member")).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'werkbrug_owner_member', which is a member of the table owner role(s) werkbrug_owner");
        assertThatThrownBy(() -> new DatabaseRoleGuard(connectingAs("werkbrug_owner")).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("owned tables=");
    }

    @Test
    void the_migration_program_finds_the_schema_up_to_date_with_the_portals_change_log() throws Exception {
        JdbcClient owner = JdbcClient.create(connectingAs("werkbrug_owner"));
        int applied = owner.sql("select count(*) from databasechangelog").query(Integer.class).single();

        SchemaMigration.migrate(postgres.getJdbcUrl("werkbrug_owner", "werkbrug"), "werkbrug_owner", "werkbrug_owner",
                "werkbrug_app");

        assertThat(owner.sql("select count(*) from databasechangelog").query(Integer.class).single()).isEqualTo(applied);
        assertThat(owner.sql("select count(*) from databasechangelog where id = 'identity-003'").query(Integer.class)
                .single()).isOne();
    }

    private DataSource connectingAs(String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(postgres.getJdbcUrl(role, "werkbrug"));
        source.setUser(role);
        source.setPassword(role);
        return source;
    }
}
