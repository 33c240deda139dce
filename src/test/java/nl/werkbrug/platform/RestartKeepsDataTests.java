package nl.werkbrug.platform;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.werkbrug.WerkbrugApplication;
import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.identity.PortalUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.parallel.Isolated;

/** The embedded default keeps its data folder: what was saved before a restart is there after it. */
// starts a portal of its own: never next to the tests of the shared context
@Isolated
class RestartKeepsDataTests {

    final PortalUser consultant = consultant("restart.test", "hellendoorn");

    @Test
    void a_candidate_file_saved_before_a_restart_is_there_after_it(@TempDir Path dataDirectory) {
        CandidateFileDetail saved;
        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            saved = as(consultant, "hellendoorn", () -> first.getBean(CandidateFiles.class)
                    .open("R-1", CandidateFixtures.identity("Ria", "Herstart")));
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            assertThat(as(consultant, "hellendoorn", () -> second.getBean(CandidateFiles.class).find(saved.id())))
                    .hasValueSatisfying(file -> assertThat(file.name()).isEqualTo("Ria Herstart"));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(WerkbrugApplication.class)
                .properties("server.port=0", "spring.jmx.enabled=false", "werkbrug.demo-data.enabled=false",
                        "werkbrug.embedded-database.data-directory=" + dataDirectory,
                        "werkbrug.embedded-database.clean=false")
                .run();
    }
}
