package nl.werkbrug.platform;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import nl.werkbrug.candidates.CandidateFileSummary;
import nl.werkbrug.candidates.CandidateFiles;
import nl.werkbrug.candidates.NewCandidateFile;
import nl.werkbrug.catalogue.InstrumentCatalogue;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Services take "now" and "today" from the one clock, so a test can set the time. */
@IntegrationTest
class SharedClockTests {

    @Autowired
    MutableClock clock;
    @Autowired
    CandidateFiles candidateFiles;
    @Autowired
    InstrumentCatalogue catalogue;

    @Test
    void a_new_candidate_file_is_stamped_with_the_clock_s_time() {
        clock.setTo(Instant.parse("2031-03-04T09:15:00Z"));

        CandidateFileSummary file = as(consultant("clock-enschede", "enschede"), "enschede", () -> candidateFiles.open(
                new NewCandidateFile("K-" + UUID.randomUUID().toString().substring(0, 8), "Klok", "Proef", 2)));

        assertThat(file.createdAt()).isEqualTo(Instant.parse("2031-03-04T09:15:00Z"));
    }

    @Test
    void the_public_catalogue_shows_what_applies_on_the_clock_s_day() {
        assertThat(catalogue.published("enschede")).hasValueSatisfying(list -> assertThat(list).isNotEmpty());

        clock.setTo(Instant.parse("1999-06-01T10:00:00Z"));

        assertThat(catalogue.published("enschede")).hasValueSatisfying(list -> assertThat(list).isEmpty());
    }
}
