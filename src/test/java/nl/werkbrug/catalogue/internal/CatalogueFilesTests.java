package nl.werkbrug.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import nl.werkbrug.catalogue.AmountKind;
import nl.werkbrug.catalogue.InstrumentContent;
import nl.werkbrug.catalogue.LocalField;
import nl.werkbrug.catalogue.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue files in the repository hold the sources' figures; a malformed file names file, entry and field. */
class CatalogueFilesTests {

    static final List<String> TWENTE = List.of("almelo", "borne", "dinkelland", "enschede", "haaksbergen", "hellendoorn",
            "hengelo", "hof-van-twente", "losser", "oldenzaal", "rijssen-holten", "tubbergen", "twenterand", "wierden");

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    final CatalogueFiles files = new CatalogueFiles(validator);

    @TempDir
    Path dir;

    CatalogueFiles.RegionCatalogue twente() {
        return files.read(Path.of("tenants"), "twente", TWENTE);
    }

    Map<String, InstrumentContent> local(String tenant) {
        return twente().tenants().get(tenant).instruments().stream()
                .collect(Collectors.toMap(CatalogueFiles.LocalEntry::code, CatalogueFiles.LocalEntry::content));
    }

    InstrumentContent regional(String code) {
        return twente().koffer().stream().filter(entry -> entry.code().equals(code)).findFirst().orElseThrow().content();
    }

    @Test
    void the_repository_holds_the_koffer_and_the_catalogues_of_enschede_hengelo_and_hellendoorn() {
        CatalogueFiles.RegionCatalogue twente = twente();

        assertThat(twente.koffer()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(twente.tenants().get("enschede").instruments()).hasSize(26);
        assertThat(twente.tenants().get("enschede").overrides()).isNotEmpty();
        assertThat(twente.tenants().get("hengelo").instruments()).isNotEmpty();
        assertThat(twente.tenants().get("hellendoorn").instruments()).isNotEmpty();
        assertThat(twente.tenants().get("borne").file()).isNull();
        assertThat(twente.tenants().get("haaksbergen").instruments()).isEmpty();
        // Hiding amounts is the region's decision about its koffer (issue 12), not a setting of Hengelo's
        assertThat(twente.tenants().get("hengelo").settings().hideAmountsFromEmployers()).isFalse();
        assertThat(twente.tenants().get("enschede").settings().hideAmountsFromEmployers()).isFalse();
        assertThat(twente.koffer()).filteredOn(entry -> entry.content().source() == Source.REGIONAAL)
                .allSatisfy(entry -> assertThat(entry.content().hideAmountsFromEmployers()).as(entry.code()).isTrue());
        assertThat(twente.koffer()).filteredOn(entry -> entry.content().source() != Source.REGIONAAL)
                .allSatisfy(entry -> assertThat(entry.content().hideAmountsFromEmployers()).as(entry.code()).isFalse());
        assertThat(twente.tenants().get("almelo").file()).as("the sources give Almelo no local figures").isNull();
    }

    @Test
    void enschede_has_its_36_instruments_ten_of_them_from_the_regional_koffer() {
        CatalogueFiles.RegionCatalogue twente = twente();
        List<String> regionalInEnschede = List.of("loonkostensubsidie", "jobcoaching", "no-riskpolis", "proefplaatsing",
                "individuele-studietoeslag", "beschut-werk", "werkplein-evenementen", "loonkostenvoordeel",
                "startersbegeleiding", "twents-fonds-voor-vakmanschap");

        assertThat(twente.koffer()).extracting(CatalogueFiles.RegionalEntry::code).containsAll(regionalInEnschede);
        assertThat(twente.tenants().get("enschede").instruments().size() + regionalInEnschede.size()).isEqualTo(36);
    }

    @Test
    void every_entry_names_sources_from_the_regions_list_and_each_is_a_reference_to_a_shared_source() {
        CatalogueFiles.RegionCatalogue twente = twente();
        List<String> sharedFiles = List.of("000_fa9b173e2e7724fa.txt", "001_411fb50976c57f8c.txt", "002_0c622f7938350d8b.txt",
                "003_9a8395ceee984767.txt", "004_aa6be21aa0d924cf.txt", "seeds-hengelo-enschede.md",
                "seeds-hellendoorn-middendrenthe-lansingerland.md", "standards-and-peers.md");

        twente.koffer().forEach(entry -> assertThat(entry.content().sources()).as(entry.code()).isNotEmpty()
                .allSatisfy(source -> assertThat(twente.bibliography().hasKey(source.file())).as(source.file()).isTrue()));
        twente.tenants().values().forEach(catalogue -> {
            catalogue.instruments().forEach(entry -> assertThat(entry.content().sources()).as(entry.code()).isNotEmpty()
                    .allSatisfy(source -> assertThat(twente.bibliography().hasKey(source.file())).as(source.file()).isTrue()));
            catalogue.overrides().forEach(entry -> assertThat(entry.override().sources()).as(entry.code()).isNotEmpty());
        });
        assertThat(twente.bibliography().citations()).allSatisfy(citation -> {
            assertThat(sharedFiles).contains(citation.file());
            assertThat(citation.year()).matches("\\d{4}|onbekend");
        });
        assertThat(twente.bibliography().find("hengelo-werk-maken-van-werk")).hasValueSatisfying(citation -> {
            assertThat(citation.publisher()).isEqualTo("Gemeente Hengelo");
            assertThat(citation.year()).isEqualTo("2016");
        });
        // versions stored before the list named the file itself; the list still resolves them
        assertThat(twente.bibliography().find("004_aa6be21aa0d924cf.txt")).map(citation -> citation.title())
                .hasValue("Evaluatie Enschedese Arbeidsmarkt Aanpak 2019");
    }

    @Test
    void a_source_that_is_not_in_the_regions_list_is_refused_and_a_file_name_is_pointed_to_its_key() throws IOException {
        assertKofferRefused(VALID_ENTRY.replace("ref: hengelo-werk-maken-van-werk", "ref: bestaat-niet"),
                "entry 'proefplaatsing' (instruments[0])", "'bestaat-niet' is not a key of bronnen.yaml");
        assertKofferRefused(VALID_ENTRY.replace("ref: hengelo-werk-maken-van-werk", "file: 003_9a8395ceee984767.txt"),
                "'003_9a8395ceee984767.txt' is not a key", "name that key");

        Files.writeString(dir.resolve("twente").resolve(CatalogueFiles.SOURCES), """
                sources:
                  - {key: bron, title: 003_9a8395ceee984767.txt, publisher: Gemeente Hengelo, year: "2016"}
                """);
        assertThatThrownBy(() -> files.read(dir, "twente", List.of())).hasMessageContaining("not a file name");
    }

    @Test
    void the_figures_of_the_sources_are_in_the_files() {
        assertThat(twente().tenants().get("enschede").overrides()).filteredOn(o -> o.code().equals("proefplaatsing"))
                .singleElement().satisfies(o -> {
                    assertThat(o.override().maxDuration().months()).isEqualTo(3);
                    assertThat(o.override().amount().kind()).isEqualTo(AmountKind.GEEN);
                });
        assertThat(twente().tenants().get("hengelo").overrides()).filteredOn(o -> o.code().equals("proefplaatsing"))
                .singleElement().satisfies(o -> assertThat(o.override().maxDuration().months()).isEqualTo(3));

        InstrumentContent participatieplaats = local("enschede").get("participatieplaats");
        assertThat(participatieplaats.maxDuration().months()).isEqualTo(24);
        assertThat(participatieplaats.amount().kind()).isEqualTo(AmountKind.PER_MAAND);
        assertThat(participatieplaats.amount().tiers()).extracting(tier -> tier.euro().intValueExact()).containsExactly(25, 50);
        assertThat(participatieplaats.amount().tiers().get(0).covers(10)).isTrue();
        assertThat(participatieplaats.amount().tiers().get(0).covers(20)).isTrue();
        assertThat(participatieplaats.amount().tiers().get(1).covers(20)).isFalse();
        assertThat(participatieplaats.amount().tiers().get(1).covers(21)).isTrue();

        InstrumentContent uitstroombonus = local("enschede").get("uitstroombonus");
        assertThat(uitstroombonus.amount().kind()).isEqualTo(AmountKind.EENMALIG);
        assertThat(uitstroombonus.amount().euro()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(uitstroombonus.conditions().minContractMonths()).isEqualTo(6);
        assertThat(uitstroombonus.conditions().fullOutflowRequired()).isTrue();

        assertThat(twente().tenants().get("enschede").overrides()).filteredOn(o -> o.code().equals("individuele-studietoeslag"))
                .singleElement().satisfies(o -> {
                    assertThat(o.override().amount().kind()).isEqualTo(AmountKind.PER_MAAND);
                    assertThat(o.override().amount().euro()).isEqualByComparingTo("300");
                });

        InstrumentContent fonds = regional("twents-fonds-voor-vakmanschap");
        assertThat(fonds.source()).isEqualTo(Source.REGIONAAL);
        assertThat(fonds.amount().maximumEuro()).isEqualByComparingTo("5000");

        InstrumentContent lkv = regional("loonkostenvoordeel");
        assertThat(lkv.amount().minimumEuro()).isEqualByComparingTo("2000");
        assertThat(lkv.amount().maximumEuro()).isEqualByComparingTo("6000");

        // "maximaal 6 maanden (of zo lang de opleiding duurt)": no hard limit in months (issue 12)
        assertThat(local("hengelo").get("leren-en-werken").maxDuration().months()).isNull();
        assertThat(local("hengelo").get("leren-en-werken").maxDuration().note()).contains("zo lang de opleiding duurt");
        // the 6 months belong to the Ketenaanpak track and to the example Hal32, not to the instruments
        assertThat(local("enschede").get("surplus").maxDuration().months()).isNull();
        assertThat(local("enschede").get("voorschakeltrajecten").maxDuration().months()).isNull();
        assertThat(twente().tenants().get("hengelo").overrides()).filteredOn(o -> o.code().equals("loonkostensubsidie"))
                .singleElement().satisfies(o -> assertThat(o.override().decidedBy()).startsWith("De gemeente waar de werknemer woont"));
        InstrumentContent matchen = regional("matchen-op-werk");
        assertThat(matchen.description()).contains("1 oktober 2017").contains("november 2017");
        assertThat(matchen.sources()).extracting(source -> source.file())
                .contains("hengelo-werk-maken-van-werk", "hellendoorn-uitvoeringsprogramma-2018");
        assertThat(local("enschede").get("direct-werk").maxDuration().months()).isEqualTo(6);
        assertThat(local("enschede").get("bewegen-werkt").maxDuration().weeks()).isEqualTo(18);
        assertThat(local("enschede").get("vip-traject").capacity()).contains("50");
    }

    @Test
    void where_a_source_gives_no_amount_the_entry_says_so_and_carries_no_figure() {
        InstrumentContent jobcoaching = regional("jobcoaching");
        assertThat(jobcoaching.amount().kind()).isEqualTo(AmountKind.NIET_VERMELD);
        assertThat(jobcoaching.amount().hasFigures()).isFalse();
        assertThat(jobcoaching.amount().note()).containsIgnoringCase("niet vermeld in bron");
        assertThat(regional("proefplaatsing").maxDuration()).as("the region states no maximum for proefplaatsing").isNull();
        assertThat(twente().tenants().get("hellendoorn").overrides()).noneMatch(o -> o.code().equals("proefplaatsing"));
    }

    @Test
    void a_wrong_value_names_the_file_the_entry_and_the_field() throws IOException {
        Path koffer = koffer(VALID_ENTRY.replace("kind: niet-vermeld", "kind: heel-veel"));

        assertThatThrownBy(() -> files.read(dir, "twente", List.of()))
                .isInstanceOf(CatalogueFileException.class)
                .hasMessageContaining(koffer.toString())
                .hasMessageContaining("entry 'proefplaatsing' (instruments[0])")
                .hasMessageContaining("field 'amount.kind'")
                .hasMessageContaining("heel-veel")
                .hasMessageContaining("(line ");
    }

    @Test
    void a_missing_required_field_names_the_entry_by_its_code_and_the_field() throws IOException {
        assertKofferRefused(VALID_ENTRY + VALID_ENTRY.replace("code: proefplaatsing", "code: jobcoaching")
                .replace("    name: Proefplaatsing\n", ""), "entry 'jobcoaching' (instruments[1])", "field 'name'");
    }

    @Test
    void an_amount_given_while_the_kind_says_not_stated_is_refused() throws IOException {
        assertKofferRefused(VALID_ENTRY.replace("kind: niet-vermeld", "kind: niet-vermeld\n      euro: 1500"),
                "entry 'proefplaatsing' (instruments[0])", "field 'amount.kind'", "This kind of amount takes no amount",
                "[catalogue.admin.error.amount-not-for-kind]");
    }

    @Test
    void an_unknown_field_is_refused_with_its_entry_and_line() throws IOException {
        assertKofferRefused(VALID_ENTRY.replace("    validFrom:", "    colour: red\n    validFrom:"),
                "entry 'proefplaatsing' (instruments[0])", "colour", "(line 12)");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() throws IOException {
        Path koffer = assertKofferRefused(VALID_ENTRY.replace("targetGroups: [werkzoekenden]", "targetGroups: [werkzoekenden"),
                "not valid YAML", "line");

        assertThatThrownBy(() -> files.read(dir, "twente", List.of())).hasMessageContaining(koffer.toString());
    }

    @Test
    void a_municipality_may_only_set_the_fields_the_region_allows() throws IOException {
        koffer(VALID_ENTRY);
        Path local = local("borne", """
                overrides:
                  - code: proefplaatsing
                    validFrom: 2020-01-01
                    provider: Iemand anders
                    sources: [{ref: hengelo-werk-maken-van-werk}]
                """);

        assertThatThrownBy(() -> files.read(dir, "twente", List.of("borne")))
                .hasMessageContaining(local.toString())
                .hasMessageContaining("entry 'proefplaatsing' (overrides[0])")
                .hasMessageContaining("field 'provider'")
                .hasMessageContaining("allowed: amount, maxDuration");
    }

    @Test
    void a_local_instrument_cannot_reuse_a_regional_code_and_an_override_needs_a_regional_one() throws IOException {
        koffer(VALID_ENTRY);
        local("borne", "instruments:\n" + VALID_ENTRY.replace("    localFields: [maxDuration, amount]\n", ""));
        assertThatThrownBy(() -> files.read(dir, "twente", List.of("borne")))
                .hasMessageContaining("entry 'proefplaatsing' (instruments[0]), field 'code'")
                .hasMessageContaining("set local values under 'overrides'");

        local("borne", """
                overrides:
                  - code: bestaat-niet
                    validFrom: 2020-01-01
                    maxDuration: {months: 2}
                    sources: [{ref: hengelo-werk-maken-van-werk}]
                """);
        assertThatThrownBy(() -> files.read(dir, "twente", List.of("borne")))
                .hasMessageContaining("entry 'bestaat-niet' (overrides[0]), field 'code'");
    }

    @Test
    void an_amount_in_a_description_is_refused_because_it_could_not_be_hidden() throws IOException {
        assertKofferRefused(VALID_ENTRY.replace("Een werkzoekende werkt op proef bij een werkgever.", "Een premie van € 500."),
                "entry 'proefplaatsing' (instruments[0]), field 'description'", "Put amounts in the Amount field", "(line 5)");
    }

    @Test
    void the_same_code_twice_in_a_file_is_refused() throws IOException {
        assertKofferRefused(VALID_ENTRY + VALID_ENTRY, "entry 'proefplaatsing' (instruments[1]), field 'code'", "used twice");
    }

    @Test
    void a_valid_file_gives_the_local_fields_the_region_allows() throws IOException {
        koffer(VALID_ENTRY);

        assertThat(files.read(dir, "twente", List.of()).koffer()).singleElement()
                .satisfies(entry -> assertThat(entry.localFields()).containsExactlyInAnyOrder(LocalField.MAX_DURATION, LocalField.AMOUNT));
    }

    static final String VALID_ENTRY = """
              - code: proefplaatsing
                name: Proefplaatsing
                shortDescription: Op proef werken met behoud van uitkering.
                description: Een werkzoekende werkt op proef bij een werkgever.
                source: regionaal
                targetGroups: [werkzoekenden]
                appliesBy: [werkgever]
                funding: niet-vermeld
                amount:
                  kind: niet-vermeld
                validFrom: 2017-01-01
                localFields: [maxDuration, amount]
                sources:
                  - ref: hengelo-werk-maken-van-werk
            """;

    /** Writes the region's koffer and asserts that reading it is refused with a message holding every fragment. */
    private Path assertKofferRefused(String entries, String... fragments) throws IOException {
        Path koffer = koffer(entries);
        assertThatThrownBy(() -> files.read(dir, "twente", List.of()))
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
        return koffer;
    }

    private Path koffer(String entries) throws IOException {
        Files.createDirectories(dir.resolve("twente"));
        Files.writeString(dir.resolve("twente").resolve(CatalogueFiles.SOURCES), """
                sources:
                  - {key: hengelo-werk-maken-van-werk, title: Werk maken van werk, publisher: Gemeente Hengelo, year: "2016", file: 003_9a8395ceee984767.txt}
                """);
        return Files.writeString(dir.resolve("twente").resolve(CatalogueFiles.KOFFER), "instruments:\n" + entries);
    }

    private Path local(String tenant, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("twente").resolve(tenant));
        return Files.writeString(folder.resolve(CatalogueFiles.LOCAL), yaml);
    }
}
