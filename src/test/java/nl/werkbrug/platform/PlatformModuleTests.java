package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform module on its own: the embedded database with the portal connected as a role that owns nothing and
 * cannot bypass row-level security, and the one clock in Dutch time.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@DirtiesContext // used by this class only: close it, and stop its database, once the class has run
@TestPropertySource(properties = "werkbrug.embedded-database.data-directory=target/test-postgres-platform")
class PlatformModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void the_portal_connects_as_werkbrug_app_which_cannot_bypass_row_level_security() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("werkbrug_app");
        assertThat(jdbc.sql("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void the_clock_tells_dutch_time() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }
}
