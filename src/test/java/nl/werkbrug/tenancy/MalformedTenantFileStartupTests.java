package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.werkbrug.WerkbrugApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.junit.jupiter.api.parallel.Isolated;

/** A broken tenants/ folder stops the portal from starting, and the message says where the problem is. */
// starts a portal of its own: never next to the tests of the shared context
@Isolated
class MalformedTenantFileStartupTests {

    @Test
    void a_malformed_tenant_file_stops_start_up_naming_the_file_and_the_field(@TempDir Path root) throws IOException {
        Path borne = borne(root, "cbsCode: 147", "#5b2c83");

        assertThatThrownBy(() -> start(root))
                .hasRootCauseMessage(borne + ": field 'cbsCode' moet een CBS-gemeentecode zijn: GM en vier cijfers (was '147')");
    }

    @Test
    void a_brand_colour_without_enough_contrast_stops_start_up_naming_the_file_and_the_field(@TempDir Path root)
            throws IOException {
        // white text on #4a90e2 (light blue): luminance 1.0 vs 0.2689, 1.05 / 0.3189 = 3.29:1, WCAG AA needs 4.5:1
        Path borne = borne(root, "cbsCode: GM0147", "#4a90e2");

        assertThatThrownBy(() -> start(root))
                .hasRootCauseMessage(borne + ": field 'brand.textOnPrimary': #ffffff as text on brand.primary #4a90e2 "
                        + "has a contrast of 3.29:1, WCAG 2.1 AA needs at least 4.5:1");
    }

    private static Path borne(Path root, String cbsCode, String primary) throws IOException {
        Path tenants = Files.createDirectories(root.resolve("tenants/twente/borne"));
        Files.writeString(root.resolve("tenants/twente/region.yaml"), "name: Twente\ndescription: Test\n");
        return Files.writeString(tenants.resolve("tenant.yaml"), """
                name: Gemeente Borne
                shortName: Borne
                %s
                hosts: [borne.werkbrug.localhost]
                defaultLanguage: nl
                executingOrganisation: Sociale Zaken Hengelo
                brand:
                  logoText: Werkbrug Borne
                  primary: "%s"
                  textOnPrimary: "#ffffff"
                  accent: "#5b2c83"
                """.formatted(cbsCode, primary));
    }

    private static void start(Path root) {
        new SpringApplicationBuilder(WerkbrugApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false", "--werkbrug.demo-data.enabled=false",
                "--werkbrug.tenancy.directory=" + root.resolve("tenants"),
                "--werkbrug.embedded-database.data-directory=" + root.resolve("db"),
                "--werkbrug.embedded-database.clean=true").close();
    }
}
