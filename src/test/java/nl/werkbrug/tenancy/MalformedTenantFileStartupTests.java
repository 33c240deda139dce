package nl.werkbrug.tenancy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.werkbrug.WerkbrugApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A broken tenants/ folder stops the portal from starting, and the message says where the problem is. */
class MalformedTenantFileStartupTests {

    @Test
    void a_malformed_tenant_file_stops_start_up_naming_the_file_and_the_field(@TempDir Path root) throws IOException {
        Path tenants = Files.createDirectories(root.resolve("tenants/twente/borne"));
        Files.writeString(root.resolve("tenants/twente/region.yaml"), "name: Twente\ndescription: Test\n");
        Path borne = Files.writeString(tenants.resolve("tenant.yaml"), """
                name: Gemeente Borne
                shortName: Borne
                cbsCode: 147
                hosts: [borne.werkbrug.localhost]
                defaultLanguage: nl
                executingOrganisation: Sociale Zaken Hengelo
                theme:
                  folder: borne
                  logoText: Werkbrug Borne
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(WerkbrugApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false", "--werkbrug.demo-data.enabled=false",
                "--werkbrug.tenancy.directory=" + root.resolve("tenants"),
                "--werkbrug.embedded-database.data-directory=" + root.resolve("db"),
                "--werkbrug.embedded-database.clean=true").close())
                .hasRootCauseMessage(borne + ": field 'cbsCode' moet een CBS-gemeentecode zijn: GM en vier cijfers (was '147')");
    }
}
