package nl.werkbrug.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import nl.werkbrug.tenancy.Tenant;
import nl.werkbrug.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFilesTests {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    final TenantFiles files = new TenantFiles(validator);

    @TempDir
    Path dir;

    @Test
    void the_repository_defines_twente_with_its_municipalities_and_cbs_codes() {
        TenantDirectory twente = files.read(Path.of("tenants"), "twente");

        assertThat(twente.region().name()).isEqualTo("Twente");
        assertThat(twente.tenants()).extracting(Tenant::id, Tenant::cbsCode).contains(
                tuple("enschede", "GM0153"),
                tuple("hengelo", "GM0164"),
                tuple("hellendoorn", "GM0163"),
                tuple("borne", "GM0147"),
                tuple("haaksbergen", "GM0158"));
        assertThat(twente.require("borne").executingOrganisation())
                .isEqualTo(twente.require("hengelo").executingOrganisation());
        assertThat(twente.forHost("hengelo.werkbrug.localhost")).map(Tenant::id).contains("hengelo");
    }

    @Test
    void the_brand_colours_come_from_each_municipality_s_tenant_file() {
        TenantDirectory twente = files.read(Path.of("tenants"), "twente");

        assertThat(twente.require("hengelo").brand().primary().hex()).isEqualTo("#00529b");
        assertThat(twente.require("enschede").brand().primary().hex()).isEqualTo("#a6192e");
        assertThat(twente.require("enschede").brand().logoText()).isEqualTo("Werkbrug Enschede");
    }

    @Test
    void casework_settings_are_the_municipality_s_own_and_missing_ones_stay_missing() throws IOException {
        TenantDirectory twente = files.read(Path.of("tenants"), "twente");

        assertThat(twente.require("hengelo").casework().caseloadNormPerFte()).isEqualTo(60);
        assertThat(twente.require("hengelo").casework().contactIntervalWeeks()).isEqualTo(8);
        assertThat(twente.require("hellendoorn").casework()).isEqualTo(nl.werkbrug.tenancy.CaseworkSettings.NONE);

        Path file = assertBorneRefused(VALID + "casework:\n  caseloadNormPerFte: 0\n", "field 'casework.caseloadNormPerFte'");
        Files.writeString(file, VALID + "casework:\n  retentionAfterClosing: P7Y\n");
        assertThat(files.read(dir, "twente").require("borne").casework().retentionAfterClosing())
                .isEqualTo(java.time.Period.ofYears(7));
    }

    @Test
    void pool_settings_and_quotas_are_the_municipality_s_own_and_missing_ones_stay_the_region_s() throws IOException {
        TenantDirectory twente = files.read(Path.of("tenants"), "twente");

        assertThat(twente.require("hengelo").pool()).isEqualTo(new nl.werkbrug.tenancy.PoolSettings(90, 14,
                nl.werkbrug.tenancy.PoolSettings.Quotas.REGION));
        assertThat(twente.require("hellendoorn").pool()).isEqualTo(new nl.werkbrug.tenancy.PoolSettings(null, null,
                new nl.werkbrug.tenancy.PoolSettings.Quotas(null, 1000, 100)));

        assertBorneRefused(VALID + "pool:\n  quotas:\n    searchesPerDay: 0\n", "field 'pool.quotas.searchesPerDay'");
    }

    @Test
    void white_text_on_a_light_brand_colour_names_the_file_the_field_and_the_contrast() throws IOException {
        // #ffffff on #4a90e2: luminance 1.0 vs 0.2689, (1.05)/(0.3189) = 3.29:1
        assertBorneRefused(VALID.replace("primary: \"#5b2c83\"", "primary: \"#4a90e2\""),
                "field 'brand.textOnPrimary'", "3.29:1", "4.5:1");
    }

    @Test
    void a_link_colour_too_light_for_the_white_page_is_refused() throws IOException {
        // #777777 on white: luminance 0.1845, (1.05)/(0.2345) = 4.48:1, just short of 4.5:1
        assertBorneRefused(VALID.replace("accent: \"#5b2c83\"", "accent: \"#777777\""), "field 'brand.accent'", "4.48:1");
    }

    @Test
    void a_colour_that_is_not_rrggbb_is_refused() throws IOException {
        assertBorneRefused(VALID.replace("accent: \"#5b2c83\"", "accent: purple"),
                "field 'brand.accent' moet een kleur #rrggbb zijn (was 'purple')");
    }

    @Test
    void a_logo_image_must_exist_next_to_the_tenant_file() throws IOException {
        Path file = assertBorneRefused(VALID + "  logoImage: logo.svg\n", "field 'brand.logoImage'");

        Files.writeString(file.resolveSibling("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(files.read(dir, "twente").require("borne").brand().logoImage()).isEqualTo(file.resolveSibling("logo.svg"));
    }

    @Test
    void a_wrong_cbs_code_names_the_file_and_the_field() throws IOException {
        assertBorneRefused(VALID.replace("GM0147", "GM147"), "field 'cbsCode'", "GM147");
    }

    @Test
    void an_unknown_field_names_the_file_the_field_and_the_line() throws IOException {
        assertBorneRefused(VALID + "colour: purple\n", "colour", "(line ");
    }

    @Test
    void a_missing_nested_field_is_named_with_its_path() throws IOException {
        assertBorneRefused(VALID.replace("  logoText: Werkbrug Borne\n", ""), "field 'brand.logoText'");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() throws IOException {
        region();
        Path file = tenant("borne", "name: Borne\nhosts: [unclosed\n");

        assertThatThrownBy(() -> files.read(dir, "twente"))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line");
    }

    @Test
    void two_municipalities_with_the_same_cbs_code_are_refused() throws IOException {
        region();
        tenant("borne", VALID);
        tenant("borne-kopie", VALID.replace("borne.werkbrug.localhost", "kopie.werkbrug.localhost"));

        assertThatThrownBy(() -> files.read(dir, "twente")).hasMessageContaining("GM0147 is used by another municipality");
    }

    @Test
    void a_missing_region_file_names_the_region() {
        assertThatThrownBy(() -> files.read(dir, "twente"))
                .hasMessageContaining("region.yaml")
                .hasMessageContaining("twente");
    }

    @Test
    void reading_the_same_files_twice_gives_the_same_directory() throws IOException {
        region();
        tenant("borne", VALID);

        assertThat(files.read(dir, "twente").tenants()).isEqualTo(files.read(dir, "twente").tenants());
    }

    @Test
    void a_service_point_serves_the_municipalities_it_names_and_one_without_names_serves_the_rest() throws IOException {
        region();
        tenant("borne", VALID);
        tenant("hengelo", VALID.replace("Borne", "Hengelo").replace("GM0147", "GM0164").replace("borne.", "hengelo."));
        Path points = Files.writeString(dir.resolve("twente/werkgeversservicepunten.yaml"), """
                servicePoints:
                  - key: gieterij
                    name: Werkplein Twente, locatie Gieterij
                    source: {ref: hengelo-werk-maken-van-werk}
                    municipalities: [hengelo]
                    contact:
                      phone: "074 123 45 67"
                      email:
                  - key: werkplein
                    name: Werkplein Twente
                    source: {ref: hellendoorn-uitvoeringsprogramma-2018, section: "4.2"}
                """);

        TenantDirectory twente = files.read(dir, "twente");

        assertThat(twente.servicePointFor("hengelo")).hasValueSatisfying(point -> {
            assertThat(point.key()).isEqualTo("gieterij");
            assertThat(point.phone()).isEqualTo("074 123 45 67");
            assertThat(point.email()).as("an empty field stays empty").isNull();
        });
        assertThat(twente.servicePointFor("borne")).hasValueSatisfying(point -> {
            assertThat(point.key()).isEqualTo("werkplein");
            assertThat(point.sourceSection()).isEqualTo("4.2");
            assertThat(point.address()).isNull();
        });

        Files.writeString(points, Files.readString(points).replace("[hengelo]", "[hengelo, atlantis]"));
        assertThatThrownBy(() -> files.read(dir, "twente")).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(points.toString()).hasMessageContaining("'atlantis' is not a municipality of this region");
        Files.writeString(points, Files.readString(points).replace("[hengelo, atlantis]", "[hengelo]")
                .replace("074 123 45 67", "bel ons"));
        assertThatThrownBy(() -> files.read(dir, "twente")).isInstanceOf(TenantFileException.class)
                .hasMessageContaining("servicePoints[0].contact.phone");
    }

    static final String VALID = """
            name: Gemeente Borne
            shortName: Borne
            cbsCode: GM0147
            hosts: [borne.werkbrug.localhost]
            defaultLanguage: nl
            executingOrganisation: Sociale Zaken Hengelo
            brand:
              logoText: Werkbrug Borne
              primary: "#5b2c83"
              textOnPrimary: "#ffffff"
              accent: "#5b2c83"
            """;

    /** Borne's file with this content stops the reading with a message naming the file and these fragments. */
    private Path assertBorneRefused(String yaml, String... fragments) throws IOException {
        region();
        Path file = tenant("borne", yaml);
        assertThatThrownBy(() -> files.read(dir, "twente")).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
        return file;
    }

    private void region() throws IOException {
        Files.createDirectories(dir.resolve("twente"));
        Files.writeString(dir.resolve("twente/region.yaml"), "name: Twente\ndescription: Test\n");
    }

    private Path tenant(String id, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("twente").resolve(id));
        return Files.writeString(folder.resolve("tenant.yaml"), yaml);
    }
}
