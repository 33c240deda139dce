package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.werkbrug.WerkbrugApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses to start with anything of the embedded default or a well-known secret. */
class ProductionProfileTests {

    static final List<String> SOUND = List.of(
            "spring.datasource.url=jdbc:postgresql://db.internal:5432/werkbrug",
            "spring.datasource.username=werkbrug_app",
            "spring.datasource.password=Fh3-kq9Lz!2wXp",
            "spring.liquibase.user=werkbrug_owner",
            "spring.liquibase.password=Qa7-Mn2Kc!8vRt",
            "spring.security.oauth2.client.registration.keycloak.client-secret=9c1f3b7e5a2d4c6e8f0a1b3c",
            "spring.security.oauth2.client.provider.keycloak.issuer-uri=https://login.werkbrug.example/realms/twente",
            "werkbrug.base-url=https://werkbrug.twente.example");

    private static void start(String... overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        // plain log lines in the test output instead of production's JSON
        properties.put("logging.structured.format.console", "");
        for (String property : SOUND) {
            properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        for (String override : overrides) {
            properties.put(override.substring(0, override.indexOf('=')), override.substring(override.indexOf('=') + 1));
        }
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        new SpringApplicationBuilder(WerkbrugApplication.class).profiles("prod").run(arguments).close();
    }

    @Test
    void a_demo_database_password_stops_the_start() {
        assertThatThrownBy(() -> start("spring.datasource.password=werkbrug_app"))
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void a_well_known_client_secret_stops_the_start() {
        assertThatThrownBy(() -> start("spring.security.oauth2.client.registration.keycloak.client-secret=changeme"))
                .hasMessageContaining("KEYCLOAK_CLIENT_SECRET");
    }

    @Test
    void demo_data_stops_the_start() {
        assertThatThrownBy(() -> start("werkbrug.demo-data.enabled=true")).hasMessageContaining("demo data is enabled");
    }

    @Test
    void the_developer_mail_outbox_stops_the_start() {
        assertThatThrownBy(() -> start("werkbrug.mail.outbox=true")).hasMessageContaining("developer mail outbox");
    }

    @Test
    void the_embedded_database_stops_the_start() {
        assertThatThrownBy(() -> start("spring.datasource.url=")).hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void a_plain_http_keycloak_stops_the_start() {
        assertThatThrownBy(() -> start("spring.security.oauth2.client.provider.keycloak.issuer-uri=http://login.example/realms/twente"))
                .hasMessageContaining("https://");
    }

    @Test
    void a_missing_or_plain_http_base_url_stops_the_start() {
        assertThatThrownBy(() -> start("werkbrug.base-url=")).hasMessageContaining("WERKBRUG_BASE_URL");
        assertThatThrownBy(() -> start("werkbrug.base-url=http://werkbrug.twente.example"))
                .hasMessageContaining("WERKBRUG_BASE_URL");
    }

    @Test
    void a_sound_configuration_passes_the_guard_and_only_fails_on_the_unreachable_database() {
        assertThatThrownBy(() -> start("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/werkbrug",
                "spring.datasource.hikari.initialization-fail-timeout=1", "spring.datasource.hikari.connection-timeout=250"))
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(error).hasStackTraceContaining("Connection")
                        .message().doesNotContain("Refusing to start"));
    }
}
