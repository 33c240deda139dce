package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;

import nl.werkbrug.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform module on its own: the embedded database with the portal connected as a role that owns nothing and
 * cannot bypass row-level security, and the one clock in Dutch time.
 */
@ModuleTest
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
