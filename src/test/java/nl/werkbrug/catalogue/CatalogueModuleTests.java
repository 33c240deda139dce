package nl.werkbrug.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The catalogue module with only the modules it uses: at start-up it loads the region's files, and each
 * municipality publishes the regional instrumentenkoffer plus its own instruments, not another's.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@DirtiesContext // used by this class only: close it, and stop its database, once the class has run
@TestPropertySource(properties = "werkbrug.embedded-database.data-directory=target/test-postgres-catalogue")
class CatalogueModuleTests {

    @Autowired
    InstrumentCatalogue catalogue;

    @Test
    void hengelo_publishes_the_koffer_and_its_own_instruments_and_enschede_not_hengelos() {
        assertThat(catalogue.published("hengelo").orElseThrow()).extracting(PublishedInstrument::code)
                .contains("loonkostensubsidie", "jobcoaching", "tussenvoorziening-lef");
        assertThat(catalogue.published("enschede").orElseThrow()).extracting(PublishedInstrument::code)
                .contains("loonkostensubsidie", "flextensie")
                .doesNotContain("tussenvoorziening-lef");
        assertThat(catalogue.published("atlantis")).isEmpty();
    }
}
