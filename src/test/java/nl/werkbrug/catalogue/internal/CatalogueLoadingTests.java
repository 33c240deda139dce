package nl.werkbrug.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werkbrug.shared.DutchTime;
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.CatalogueEntry;
import nl.werkbrug.catalogue.InstrumentVersion;
import nl.werkbrug.support.IntegrationTest;
import nl.werkbrug.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The files are loaded into PostgreSQL at start-up, idempotently, with a new version for every change. */
@IntegrationTest
class CatalogueLoadingTests {

    static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

    @Autowired
    CatalogueLoader loader;
    @Autowired
    CatalogueStore store;
    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path copy;

    Map<String, CatalogueEntry> catalogue(String tenant) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(status ->
                store.tenantEntries(tenant, TODAY).stream().collect(Collectors.toMap(CatalogueEntry::code, Function.identity()))));
    }

    @Test
    void every_municipality_gets_the_regional_koffer_and_its_own_instruments() {
        int koffer = (int) catalogue("borne").values().stream().filter(CatalogueEntry::regional).count();

        assertThat(koffer).isEqualTo(12);
        // Borne and Haaksbergen have no catalogue file: the koffer only (other tests may add and retire a local one).
        assertThat(catalogue("borne").values()).filteredOn(entry -> !entry.regional() && entry.isCurrent(TODAY)).isEmpty();
        assertThat(catalogue("haaksbergen").values()).filteredOn(entry -> !entry.regional() && entry.isCurrent(TODAY)).isEmpty();
        assertThat(catalogue("haaksbergen").values()).filteredOn(CatalogueEntry::regional).hasSize(koffer);
        assertThat(catalogue("enschede")).hasSize(koffer + 26);
        assertThat(catalogue("hengelo").values()).filteredOn(entry -> !entry.regional()).hasSize(8);
        assertThat(catalogue("hellendoorn").values()).filteredOn(entry -> !entry.regional()).hasSize(10);
        assertThat(catalogue("hengelo")).doesNotContainKey("uitstroombonus");
    }

    @Test
    void the_sources_figures_are_in_the_database_with_the_municipalitys_own_values() {
        Map<String, CatalogueEntry> enschede = catalogue("enschede");
        Map<String, CatalogueEntry> hengelo = catalogue("hengelo");
        Map<String, CatalogueEntry> hellendoorn = catalogue("hellendoorn");

        assertThat(enschede.get("uitstroombonus").content().amount().euro()).isEqualByComparingTo("1500");
        assertThat(enschede.get("individuele-studietoeslag").content().amount().euro()).isEqualByComparingTo("300");
        assertThat(hengelo.get("individuele-studietoeslag").content().amount().kind()).isEqualTo(AmountKind.NIET_VERMELD);
        assertThat(enschede.get("proefplaatsing").content().maxDuration().months()).isEqualTo(3);
        assertThat(enschede.get("proefplaatsing").content().amount().kind()).isEqualTo(AmountKind.GEEN);
        assertThat(enschede.get("proefplaatsing").version().overrideVersionId()).isNotNull();
        assertThat(hengelo.get("proefplaatsing").content().maxDuration().months()).isEqualTo(3);
        assertThat(hellendoorn.get("proefplaatsing").content().maxDuration()).isNull();
        assertThat(hellendoorn.get("proefplaatsing").version().overrideVersionId()).isNull();
        assertThat(enschede.get("participatieplaats").content().maxDuration().months()).isEqualTo(24);
        assertThat(enschede.get("participatieplaats").content().amount().tiers()).hasSize(2);
        assertThat(hellendoorn.get("twents-fonds-voor-vakmanschap").content().amount().maximumEuro()).isEqualByComparingTo("5000");
        // the region's koffer decision hides its own instruments' amounts everywhere; statutory ones stay visible
        assertThat(hengelo.get("jobcoaching").amountsHidden()).isTrue();
        assertThat(enschede.get("twents-fonds-voor-vakmanschap").amountsHidden()).isTrue();
        assertThat(hengelo.get("loonkostensubsidie").amountsHidden()).isFalse();
        assertThat(enschede.get("loonkostensubsidie").amountsHidden()).isFalse();
    }

    @Test
    void reloading_the_same_files_changes_nothing() {
        CatalogueLoader.LoadReport report = loader.load(Path.of("tenants"));

        assertThat(report.entriesRead()).isGreaterThan(60);
        assertThat(report.versionsCreated()).isZero();
        assertThat(report.settingsChanged()).isZero();
    }

    @Test
    void a_changed_figure_in_a_file_creates_a_new_version_and_keeps_the_old_one() throws IOException {
        copyTenants();
        Path hellendoorn = copy.resolve("twente/hellendoorn/catalogue.yaml");
        Files.writeString(hellendoorn, Files.readString(hellendoorn)
                .replace("capacity: 3 à 4 nieuwe kandidaten in maart 2018", "capacity: 5 nieuwe kandidaten (testwijziging)"));
        long before = history("hellendoorn", "praktijkplaats-leerwerkbedrijf").size();

        CatalogueLoader.LoadReport changed = loader.load(copy);
        CatalogueLoader.LoadReport again = loader.load(copy);
        CatalogueLoader.LoadReport restored = loader.load(Path.of("tenants"));

        assertThat(changed.versionsCreated()).isEqualTo(1);
        assertThat(again.versionsCreated()).isZero();
        assertThat(restored.versionsCreated()).isEqualTo(1);
        List<InstrumentVersion> history = history("hellendoorn", "praktijkplaats-leerwerkbedrijf");
        assertThat(history).hasSize((int) before + 2);
        assertThat(history).extracting(InstrumentVersion::versionNo).doesNotHaveDuplicates();
        assertThat(catalogue("hellendoorn").get("praktijkplaats-leerwerkbedrijf").content().capacity())
                .isEqualTo("3 à 4 nieuwe kandidaten in maart 2018");
    }

    private List<InstrumentVersion> history(String tenant, String code) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(status -> store.history(code)));
    }

    private void copyTenants() throws IOException {
        Path source = Path.of("tenants");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
