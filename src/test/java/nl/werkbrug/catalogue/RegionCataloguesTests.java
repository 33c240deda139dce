package nl.werkbrug.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import nl.werkbrug.catalogue.internal.CatalogueFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three regions under {@code tenants/} as the public reads them: every municipality's catalogue reads, and what
 * the public pages and the API get names bibliographic references, never a file of the shared sources.
 */
class RegionCataloguesTests {

    static final Path TENANTS = Path.of("tenants");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final CatalogueFiles files = new CatalogueFiles(Validation.buildDefaultValidatorFactory().getValidator());

    static List<String> municipalities(Path regionDir) throws IOException {
        try (Stream<Path> children = Files.list(regionDir)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("tenant.yaml")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        }
    }

    CatalogueFiles.RegionCatalogue read(String region) throws IOException {
        return files.read(TENANTS, region, municipalities(TENANTS.resolve(region)));
    }

    /** A municipality's catalogue as the published view gets it: the koffer with its values merged in, then its own. */
    static Map<String, PublishedInstrument> published(CatalogueFiles.RegionCatalogue region, String tenant) {
        CatalogueFiles.TenantCatalogue local = region.tenants().get(tenant);
        boolean hideAll = local.settings().hideAmountsFromEmployers();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (CatalogueFiles.RegionalEntry regional : region.koffer()) {
            InstrumentContent content = local.overrides().stream().filter(o -> o.code().equals(regional.code()))
                    .findFirst().map(o -> regional.content().with(o.override())).orElse(regional.content());
            entries.add(new CatalogueEntry(regional.code(), tenant, true, content, regional.localFields(), Set.of(),
                    new VersionRef(true, 1, null), content.validFrom(), hideAll || content.hideAmountsFromEmployers()));
        }
        for (CatalogueFiles.LocalEntry own : local.instruments()) {
            entries.add(new CatalogueEntry(own.code(), tenant, false, own.content(), Set.of(), Set.of(),
                    new VersionRef(false, 1, null), own.content().validFrom(), hideAll || own.content().hideAmountsFromEmployers()));
        }
        return entries.stream().filter(entry -> entry.isCurrent(TODAY))
                .map(entry -> PublishedInstrument.of(entry, region.bibliography()))
                .collect(Collectors.toMap(PublishedInstrument::code, instrument -> instrument));
    }

    @ParameterizedTest
    @ValueSource(strings = {"twente", "drenthe", "zuid-holland-centraal"})
    void every_municipality_of_the_region_has_a_catalogue_whose_sources_are_references_not_file_names(String region)
            throws IOException {
        CatalogueFiles.RegionCatalogue catalogue = read(region);

        assertThat(catalogue.tenants()).isNotEmpty();
        for (String tenant : catalogue.tenants().keySet()) {
            Map<String, PublishedInstrument> instruments = published(catalogue, tenant);
            assertThat(instruments).as(tenant).isNotEmpty();
            instruments.values().forEach(instrument -> assertThat(instrument.sources()).as(tenant + "/" + instrument.code())
                    .isNotEmpty()
                    .allSatisfy(source -> {
                        assertThat(source.title()).isNotBlank().doesNotContainPattern("\\.(txt|md)\\b").doesNotMatch("\\d{3}_[0-9a-f]+.*");
                        assertThat(source.publisher()).isNotBlank().doesNotContainPattern("\\.(txt|md)\\b");
                        assertThat(source.year()).matches("\\d{4}|onbekend");
                        assertThat(source.reference()).doesNotContain("seeds-").doesNotContain("standards-and-peers");
                    }));
        }
        assertThat(catalogue.bibliography().citations()).allSatisfy(citation ->
                assertThat(citation.file() == null || citation.file().matches("\\d{3}_[0-9a-f]{16}\\.txt|[a-z-]+\\.md")).isTrue());
    }

    @Test
    void midden_drenthe_has_the_instruments_and_figures_of_its_reintegratienota() throws IOException {
        Map<String, PublishedInstrument> md = published(read("drenthe"), "midden-drenthe");

        assertThat(md).containsKeys("werkstage", "taalstage", "proefplaatsing", "duurzaamheidssubsidie", "jobcoaching",
                "werkplekaanpassing", "harrie-training", "sleutelfiguren", "reintegratietraject-stark",
                "loonkostensubsidie", "no-riskpolis", "beschut-werk", "individuele-studietoeslag");
        // 5.3: at most three months, in exceptional cases three more
        assertThat(md.get("werkstage").maxDuration().months()).isEqualTo(3);
        // 5.4: three months, extended twice by three: 3 + 3 + 3 = 9
        assertThat(md.get("taalstage").maxDuration().months()).isEqualTo(9);
        assertThat(md.get("proefplaatsing").maxDuration()).as("the nota gives no maximum for a proefplaatsing").isNull();
        assertThat(md.get("duurzaamheidssubsidie").amount().kind()).isEqualTo(AmountKind.NIET_VERMELD);
        assertThat(md.get("individuele-studietoeslag").amount().euro()).isEqualByComparingTo("300");
        assertThat(md.get("werkstage").sources()).first().satisfies(source -> {
            assertThat(source.title()).startsWith("Re-integratie werkt voor iedereen");
            assertThat(source.publisher()).isEqualTo("Gemeente Midden-Drenthe");
            assertThat(source.year()).isEqualTo("2021");
            assertThat(source.section()).isEqualTo("5.3 Werkstage");
        });
    }

    @Test
    void lansingerland_has_the_regional_toolbox_and_its_own_uitstroompremie() throws IOException {
        CatalogueFiles.RegionCatalogue zhc = read("zuid-holland-centraal");
        Map<String, PublishedInstrument> lansingerland = published(zhc, "lansingerland");

        assertThat(zhc.koffer()).extracting(CatalogueFiles.RegionalEntry::code)
                .contains("jobcoaching", "werkgeverscheque", "loonkostensubsidie", "no-riskpolis");
        PublishedInstrument cheque = lansingerland.get("werkgeverscheque");
        assertThat(cheque.regional()).isTrue();
        assertThat(cheque.amount().kind()).isEqualTo(AmountKind.EENMALIG);
        assertThat(cheque.amount().maximumEuro()).isEqualByComparingTo(new BigDecimal("4500"));
        assertThat(cheque.conditions().minContractMonths()).isEqualTo(6);
        assertThat(cheque.conditions().minHoursPerWeek()).isEqualTo(32);
        PublishedInstrument premie = lansingerland.get("uitstroompremie");
        assertThat(premie.regional()).isFalse();
        assertThat(premie.amount().euro()).isEqualByComparingTo("500");
        assertThat(lansingerland.get("bedrijfsadvies-inclusief").amount().kind()).isEqualTo(AmountKind.GEEN);
        assertThat(lansingerland).containsKeys("werkfit-traject", "werkervaringsplek", "werkacademie-werktalent");
    }

    @Test
    void twente_hides_the_amounts_of_its_koffer_in_every_municipality_but_not_the_statutory_ones() throws IOException {
        CatalogueFiles.RegionCatalogue twente = read("twente");

        for (String tenant : twente.tenants().keySet()) {
            Map<String, PublishedInstrument> catalogue = published(twente, tenant);
            assertThat(catalogue.get("twents-fonds-voor-vakmanschap").amountHidden()).as(tenant).isTrue();
            assertThat(catalogue.get("twents-fonds-voor-vakmanschap").amount()).as(tenant).isNull();
            assertThat(catalogue.get("twents-fonds-voor-vakmanschap").sources()).as(tenant)
                    .allSatisfy(source -> assertThat(source.quote()).isNull());
            assertThat(catalogue.get("loonkostenvoordeel").amountHidden()).as(tenant).isFalse();
        }
        assertThat(published(twente, "enschede").get("uitstroombonus").amount().euro()).isEqualByComparingTo("1500");
    }

    @Test
    void a_municipality_is_added_by_a_folder_and_gets_the_regional_koffer(@TempDir Path copy) throws IOException {
        Path region = copy.resolve("twente");
        Files.createDirectories(region);
        try (Stream<Path> files = Files.list(TENANTS.resolve("twente"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, region.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(region.resolve("nieuwegemeente"));

        CatalogueFiles.RegionCatalogue twente = files.read(copy, "twente", List.of("nieuwegemeente"));

        assertThat(published(twente, "nieuwegemeente")).containsKeys("loonkostensubsidie", "jobcoaching", "proefplaatsing")
                .doesNotContainKey("uitstroombonus");
    }
}
