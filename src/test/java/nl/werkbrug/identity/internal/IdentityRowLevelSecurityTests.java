package nl.werkbrug.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.werkbrug.identity.Colleague;
import nl.werkbrug.identity.EmployerMembership;
import nl.werkbrug.identity.EmployerRole;
import nl.werkbrug.identity.NewEmployerAccount;
import nl.werkbrug.identity.PortalUser;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.PortalRoleSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raw SQL as the portal's database role against the identity tables (issue 13, finding 11): without settings it
 * reads no account, no grant, no login failure and no password hash, and it cannot grant itself a role; with a
 * municipality's settings it sees that municipality's members only. The demo accounts are the data: Eva Jansen
 * (consulent.enschede) holds a role in Enschede only, Pieter Smit (beheer.hengelo) in Hengelo only.
 */
@IntegrationTest
class IdentityRowLevelSecurityTests {

    /** A company of region Twente, made within a test's transaction (rolled back): its id as text. */
    static final String NEW_EMPLOYER = "insert into employer_organisation (region_id, kvk_number, name)"
            + " values ('twente', '%s', 'Proefbedrijf') returning id::text";

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountStore accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void without_settings_the_portal_role_reads_no_password_hash_no_account_and_no_grant() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> strings(connection, "select password_hash from app_user"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThat(strings(connection, "select username from app_user")).isEmpty();
            assertThat(strings(connection, "select tenant from user_tenant_role")).isEmpty();
            assertThat(strings(connection, "select region from user_region_role")).isEmpty();
            assertThat(strings(connection, "select employer_id::text from user_employer_role")).isEmpty();
            assertThat(strings(connection, "select username from login_failure")).isEmpty();
            assertThat(strings(connection, "select id from region")).isEmpty();
        }
    }

    @Test
    void without_settings_the_portal_role_cannot_grant_a_role_in_a_municipality() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long eva = id(connection, "consulent.enschede");
            assertThatThrownBy(() -> update(connection, "insert into user_tenant_role (user_id, tenant, role) values ("
                    + eva + ", 'hengelo', 'TENANT_ADMIN')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> update(connection, "insert into user_region_role (user_id, region, role) values ("
                    + eva + ", 'twente', 'COORDINATOR')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                assertThat(update(connection, "delete from user_tenant_role")).isZero();
                assertThat(update(connection, "update app_user set preferred_language = 'en'")).isZero();
            } finally {
                connection.rollback();
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> update(connection, "update app_user set password_hash = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void with_one_municipalitys_settings_only_its_members_are_seen_and_only_it_can_be_granted() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PortalRoleSettings.apply(connection, "enschede", "");
                List<String> visible = strings(connection, "select username from app_user");
                assertThat(visible).contains("consulent.enschede", "beheer.enschede", "coordinator.twente")
                        .doesNotContain("beheer.hengelo", "consulent.hengelo", "werkgever.demo");
                assertThat(strings(connection, "select distinct tenant from user_tenant_role")).containsExactly("enschede");

                long pieter = id(connection, "beheer.hengelo");
                assertThatThrownBy(() -> update(connection, "insert into user_tenant_role (user_id, tenant, role) values ("
                        + pieter + ", 'hengelo', 'TENANT_ADMIN')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void the_register_of_keycloak_employer_accounts_is_read_and_written_only_in_the_scope_of_its_employer() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PortalRoleSettings.apply(connection, "", "");
                String first = strings(connection, NEW_EMPLOYER.formatted("11110001")).getFirst();
                String second = strings(connection, NEW_EMPLOYER.formatted("11110002")).getFirst();
                PortalRoleSettings.apply(connection, "", first);
                assertThat(update(connection, "insert into employer_keycloak_account (keycloak_user_id, employer_id, username,"
                        + " display_name, role) values ('kc-probe', " + first + ", 'probe@bedrijf.example', 'Probe', 'EMPLOYER_ADMIN')"))
                        .isOne();
                assertThat(strings(connection, "select username from employer_keycloak_account"))
                        .containsExactly("probe@bedrijf.example");
                PortalRoleSettings.apply(connection, "", second);
                assertThat(strings(connection, "select username from employer_keycloak_account")).isEmpty();
                PortalRoleSettings.apply(connection, "", "");
                assertThat(strings(connection, "select username from employer_keycloak_account")).isEmpty();
                PortalRoleSettings.apply(connection, "", second);
                assertThatThrownBy(() -> update(connection, "insert into employer_keycloak_account (keycloak_user_id,"
                        + " employer_id, username, display_name, role) values ('kc-probe-2', " + first
                        + ", 'probe2@bedrijf.example', 'Probe', 'EMPLOYER_ADMIN')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            } finally {
                connection.rollback();
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            // an entry's user and employer never change, and the portal removes none
            assertThatThrownBy(() -> update(connection, "update employer_keycloak_account set employer_id = employer_id"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> update(connection, "update employer_keycloak_account set keycloak_user_id = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> update(connection, "delete from employer_keycloak_account"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void a_login_refreshes_the_register_entry_of_its_employer_and_leaves_one_under_another_employer_alone() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("select set_config('app.region_id', 'twente', true)").query(String.class).single();
            long first = Long.parseLong(jdbc.sql(NEW_EMPLOYER.formatted("11110003")).query(String.class).single());
            long second = Long.parseLong(jdbc.sql(NEW_EMPLOYER.formatted("11110004")).query(String.class).single());
            accounts.registerKeycloakEmployerAccount("kc-refresh", null, new NewEmployerAccount("refresh@bedrijf.example",
                    "Geheim-wachtwoord-2026", "Rik Fresh", "refresh@bedrijf.example",
                    new EmployerMembership(first, EmployerRole.EMPLOYER_USER), "Bedrijf", "12345678"));

            // the name, address and role changed in Keycloak: the entry follows
            accounts.refreshKeycloakEmployerAccount("kc-refresh", new PortalUser("refresh@bedrijf.example", "Rik Frisch",
                    Map.of(), Map.of(), new EmployerMembership(first, EmployerRole.EMPLOYER_ADMIN), null), "rik@bedrijf.example");
            assertThat(colleagues(jdbc, first)).filteredOn(c -> c.username().equals("refresh@bedrijf.example"))
                    .containsExactly(new Colleague("refresh@bedrijf.example", "Rik Frisch", "rik@bedrijf.example",
                            EmployerRole.EMPLOYER_ADMIN));

            // moved to another employer by an administrator: the first employer's entry is not the second's to change
            accounts.refreshKeycloakEmployerAccount("kc-refresh", new PortalUser("refresh@bedrijf.example", "Rik Elders",
                    Map.of(), Map.of(), new EmployerMembership(second, EmployerRole.EMPLOYER_USER), null), "rik@elders.example");
            assertThat(colleagues(jdbc, first)).extracting(Colleague::displayName).contains("Rik Frisch");
            assertThat(colleagues(jdbc, second)).extracting(Colleague::username)
                    .doesNotContain("refresh@bedrijf.example");

            // a user an administrator created in Keycloak gets an entry at its first login
            accounts.refreshKeycloakEmployerAccount("kc-by-hand", new PortalUser("hand@bedrijf.example", "Hanna Hand",
                    Map.of(), Map.of(), new EmployerMembership(second, EmployerRole.EMPLOYER_USER), null), null);
            assertThat(colleagues(jdbc, second)).extracting(Colleague::displayName).contains("Hanna Hand");
            status.setRollbackOnly();
        });
    }

    @Test
    void the_login_functions_answer_one_account_by_its_exact_name_only() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(strings(connection, "select display_name from identity_account('beheer.hengelo')"))
                    .containsExactly("Pieter Smit");
            assertThat(strings(connection, "select password_hash from identity_account('beheer.hengelo')"))
                    .singleElement().asString().startsWith("$2a$");
            assertThat(strings(connection, "select kind || ':' || scope || ':' || role from identity_grants('beheer.hengelo')"))
                    .containsExactly("TENANT:hengelo:TENANT_ADMIN");
            assertThat(strings(connection, "select display_name from identity_account('%')")).isEmpty();
            assertThat(strings(connection, "select display_name from identity_account('beheer.%')")).isEmpty();
        }
    }

    /** The register's colleagues as an employer's user reads them: in that employer's scope. */
    List<Colleague> colleagues(JdbcClient jdbc, long employer) {
        jdbc.sql("select set_config('app.employer_id', :e, true)").param("e", String.valueOf(employer)).query(String.class).single();
        return accounts.keycloakEmployerColleagues(employer);
    }

    static long id(Connection connection, String username) throws SQLException {
        return Long.parseLong(strings(connection, "select id::text from identity_account('" + username + "')").getFirst());
    }

    static List<String> strings(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static int update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }
}
