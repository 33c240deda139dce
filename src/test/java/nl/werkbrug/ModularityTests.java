package nl.werkbrug;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk only through each other's API packages, in one direction. */
class ModularityTests {

    /** The modules of the portal, written out by hand: a new or vanished module must show up here. */
    static final List<String> MODULES = List.of("candidates", "casework", "catalogue", "dashboards", "demo",
            "employer", "identity", "matching", "platform", "pool", "referrals", "shared", "shell", "sroi", "subsidies", "tenancy");

    final ApplicationModules modules = ApplicationModules.of(WerkbrugApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void the_portal_consists_of_the_expected_modules() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }

    @Test
    void module_documentation_is_written(@TempDir Path folder) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String overview = Files.readString(folder.resolve("components.puml"));
        for (String module : MODULES) {
            String component = "\"" + Character.toUpperCase(module.charAt(0)) + module.substring(1)
                    + "\", $techn=\"Module\"";
            assertThat(overview).as("overview diagram names %s", module).contains(component);
            Path diagram = folder.resolve("module-" + module + ".puml");
            assertThat(diagram).as("diagram of %s", module).exists();
            assertThat(Files.readString(diagram)).startsWith("@startuml").contains(component);
        }
    }
}
