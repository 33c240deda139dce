package nl.werkbrug.platform;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.werkbrug.WerkbrugApplication;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.identity.PortalUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL restarted under a running portal (issue 13, faults): a save whose commit meets the restart fails as a
 * database outage, shown with the Dutch outage message, and leaves nothing behind; what was saved before is there;
 * once PostgreSQL is back on its port the same portal saves again (the pool reconnects) without a restart.
 */
// starts a portal of its own and stops its database: never next to other tests
@Isolated
class DatabaseRestartTests {

    final PortalUser consultant = consultant("herstart.database", "hellendoorn");

    @Test
    void a_save_that_meets_a_database_restart_is_refused_in_dutch_keeps_nothing_and_the_portal_recovers(
            @TempDir Path dataDirectory) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres restarted = null;
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(WerkbrugApplication.class)
                .properties("server.port=0", "spring.jmx.enabled=false", "werkbrug.demo-data.enabled=false",
                        "werkbrug.scheduling.enabled=false", "werkbrug.embedded-database.data-directory=" + dataDirectory,
                        "werkbrug.embedded-database.port=" + port, "werkbrug.embedded-database.clean=false")
                .run()) {
            CandidateFiles files = portal.getBean(CandidateFiles.class);
            TransactionTemplate transaction = new TransactionTemplate(portal.getBean(PlatformTransactionManager.class));
            CandidateFileDetail before = as(consultant, "hellendoorn",
                    () -> files.open("DB-1", CandidateFixtures.identity("Bea", "Voorafgaand")));

            // the database stops between the save and its commit
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> as(consultant, "hellendoorn",
                    () -> transaction.execute(status -> {
                        files.open("DB-2", CandidateFixtures.identity("Half", "Opgeslagen"));
                        try {
                            portal.getBean(EmbeddedPostgres.class).close();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return null;
                    })));
            assertThat(failure).isNotNull();
            // the transaction's writes just before its commit (its audit entries' batch) met the stopped database:
            // the user is told of the outage, not of the rollback that could not be sent on the closed connection
            assertThat(DatabaseOutage.isOutage(failure)).as(failure.toString()).isTrue();
            assertThat(dutch(DatabaseOutage.MESSAGE_KEY + ".message")).startsWith("De gegevens zijn op dit moment niet bereikbaar. Wat u net deed is niet (half) opgeslagen.");

            restarted = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false).setPort(port).setRegisterShutdownHook(false).start();

            // a pooled connection that died with the old server may fail the first request after the restart: the
            // user gets the outage message for it (never another error), and the portal recovers within seconds
            java.util.List<Throwable> outages = new java.util.ArrayList<>();
            boolean found = false;
            long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (!found && System.nanoTime() < until) {
                try {
                    found = as(consultant, "hellendoorn", () -> files.find(before.id())).isPresent();
                } catch (RuntimeException outage) {
                    outages.add(outage);
                }
            }
            assertThat(found).as("recovered after %s", outages).isTrue();
            assertThat(outages).as("each failure after the restart is an outage").allMatch(DatabaseOutage::isOutage);
            CandidateFileDetail after = as(consultant, "hellendoorn",
                    () -> files.open("DB-3", CandidateFixtures.identity("Na", "Herstart")));
            assertThat(after.id()).isGreaterThan(before.id());
            assertThat(as(consultant, "hellendoorn", () -> files.find(after.id())))
                    .hasValueSatisfying(file -> assertThat(file.name()).isEqualTo("Na Herstart"));
            // nothing of the interrupted save: no file with its name in between
            for (long id = before.id() + 1; id < after.id(); id++) {
                long between = id;
                assertThat(as(consultant, "hellendoorn", () -> files.find(between))).isEmpty();
            }
        } finally {
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    /** The Dutch text the user reads for a key (the portal's translation bundle). */
    static String dutch(String key) throws IOException {
        java.util.Properties translations = new java.util.Properties();
        try (var in = DatabaseRestartTests.class.getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
            translations.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return translations.getProperty(key, "");
    }
}
