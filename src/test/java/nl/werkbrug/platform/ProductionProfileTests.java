package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.werkbrug.WerkbrugApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.junit.jupiter.api.parallel.Isolated;

/** The prod profile refuses to start with anything of the embedded default or a well-known secret. */
// starts a portal of its own: never next to the tests of the shared context
@Isolated
class ProductionProfileTests {

    static final List<String> SOUND = List.of(
            "spring.datasource.url=jdbc:postgresql://db.internal:5432/werkbrug",
            "spring.datasource.username=werkbrug_app",
            "spring.datasource.password=Fh3-kq9Lz!2wXp",
            "spring.security.oauth2.client.registration.keycloak.client-secret=9c1f3b7e5a2d4c6e8f0a1b3c",
            "spring.security.oauth2.client.provider.keycloak.issuer-uri=https://login.werkbrug.example/realms/twente",
            "werkbrug.base-url=https://werkbrug.twente.example",
            "werkbrug.bsn.encryption-key=3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "werkbrug.bsn.index-key=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBE=",
            "werkbrug.documents.encryption-key=CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCE=");

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

    static Stream<Arguments> unsafe_settings() {
        return Stream.of(
                argumentSet("a demo database password stops the start",
                        "spring.datasource.password=werkbrug_app", "SPRING_DATASOURCE_PASSWORD"),
                argumentSet("a well known client secret stops the start",
                        "spring.security.oauth2.client.registration.keycloak.client-secret=changeme", "KEYCLOAK_CLIENT_SECRET"),
                argumentSet("the public development key for BSNs stops the start",
                        "werkbrug.bsn.encryption-key=ed+SKXIodnG+tdjxTX7Qc5SNa4SDNaktMFvvPUqlZMg=", "WERKBRUG_BSN_ENCRYPTION_KEY"),
                argumentSet("the public development key for documents stops the start",
                        "werkbrug.documents.encryption-key=gaps6fJmkLR5QY2sQGQDvUZMXhmfwXXDmweIqK7f++Y=",
                        "WERKBRUG_DOCUMENT_ENCRYPTION_KEY"),
                argumentSet("the schema owner's password in the portal stops the start",
                        "spring.liquibase.password=Qa7-Mn2Kc!8vRt", "schema owner's credentials"),
                argumentSet("migrations in the portal stop the start", "spring.liquibase.enabled=true",
                        "SPRING_LIQUIBASE_ENABLED=false"),
                argumentSet("demo data stops the start", "werkbrug.demo-data.enabled=true", "demo data is enabled"),
                argumentSet("the developer mail outbox stops the start", "werkbrug.mail.outbox=true", "developer mail outbox"),
                argumentSet("the developer outbox page stops the start", "werkbrug.mail.outbox-page=true",
                        "developer outbox page"),
                argumentSet("the dev profile stops the start", "spring.profiles.include=dev", "dev profile"),
                argumentSet("the embedded database stops the start", "spring.datasource.url=", "SPRING_DATASOURCE_URL"),
                argumentSet("a plain http keycloak stops the start",
                        "spring.security.oauth2.client.provider.keycloak.issuer-uri=http://login.example/realms/twente", "https://"));
    }

    @ParameterizedTest
    @MethodSource("unsafe_settings")
    void an_unsafe_setting_stops_the_start_with_a_message_naming_it(String override, String named) {
        assertThatThrownBy(() -> start(override)).hasMessageContaining(named);
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
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(error).message().doesNotContain("Refusing to start"))
                // without Liquibase in the portal (the migration Job runs it) Hibernate is the first to miss the database
                .satisfiesAnyOf(error -> org.assertj.core.api.Assertions.assertThat(error).hasStackTraceContaining("Connection"),
                        error -> org.assertj.core.api.Assertions.assertThat(error).hasStackTraceContaining("without JDBC metadata"));
    }
}
