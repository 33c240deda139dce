package nl.werkbrug.platform;

import static nl.werkbrug.support.TestUsers.as;
import static nl.werkbrug.support.TestUsers.consultant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import nl.werkbrug.candidates.CandidateFileDetail;
import nl.werkbrug.candidates.CandidateFixtures;
import nl.werkbrug.candidates.CandidateFiles;
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
    void a_new_candidate_file_is_dated_with_the_clock_s_day() {
        clock.setTo(Instant.parse("2031-03-04T09:15:00Z"));

        CandidateFileDetail file = as(consultant("clock-enschede", "enschede"), "enschede", () -> candidateFiles.open(
                null, CandidateFixtures.identity("Klok", "Proef")));

        assertThat(file.openedOn()).isEqualTo(java.time.LocalDate.of(2031, 3, 4));
    }

    @Test
    void the_public_catalogue_shows_what_applies_on_the_clock_s_day() {
        assertThat(catalogue.published("enschede")).hasValueSatisfying(list -> assertThat(list).isNotEmpty());

        clock.setTo(Instant.parse("1999-06-01T10:00:00Z"));

        assertThat(catalogue.published("enschede")).hasValueSatisfying(list -> assertThat(list).isEmpty());
    }
}
