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
    void every_theme_named_by_a_municipality_exists() {
        files.read(Path.of("tenants"), "twente").tenants().forEach(tenant ->
                assertThat(Path.of("themes", tenant.theme(), "tenant.css")).as(tenant.id()).isRegularFile());
    }

    @Test
    void a_wrong_cbs_code_names_the_file_and_the_field() throws IOException {
        region();
        Path file = tenant("borne", VALID.replace("GM0147", "GM147"));

        assertThatThrownBy(() -> files.read(dir, "twente"))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("field 'cbsCode'")
                .hasMessageContaining("GM147");
    }

    @Test
    void an_unknown_field_names_the_file_the_field_and_the_line() throws IOException {
        region();
        Path file = tenant("borne", VALID + "colour: purple\n");

        assertThatThrownBy(() -> files.read(dir, "twente"))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("colour")
                .hasMessageContaining("(line ");
    }

    @Test
    void a_missing_nested_field_is_named_with_its_path() throws IOException {
        region();
        Path file = tenant("borne", VALID.replace("  logoText: Werkbrug Borne\n", ""));

        assertThatThrownBy(() -> files.read(dir, "twente"))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("field 'theme.logoText'");
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

    static final String VALID = """
            name: Gemeente Borne
            shortName: Borne
            cbsCode: GM0147
            hosts: [borne.werkbrug.localhost]
            defaultLanguage: nl
            executingOrganisation: Sociale Zaken Hengelo
            theme:
              folder: borne
              logoText: Werkbrug Borne
            """;

    private void region() throws IOException {
        Files.createDirectories(dir.resolve("twente"));
        Files.writeString(dir.resolve("twente/region.yaml"), "name: Twente\ndescription: Test\n");
    }

    private Path tenant(String id, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("twente").resolve(id));
        return Files.writeString(folder.resolve("tenant.yaml"), yaml);
    }
}
