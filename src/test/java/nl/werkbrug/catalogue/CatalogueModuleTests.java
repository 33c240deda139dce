package nl.werkbrug.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue module with only the modules it uses: at start-up it loads the region's files, and each
 * municipality publishes the regional instrumentenkoffer plus its own instruments, not another's.
 */
@ModuleTest
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
