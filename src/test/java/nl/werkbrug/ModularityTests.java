package nl.werkbrug;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk only through each other's API packages, in one direction. */
class ModularityTests {

    final ApplicationModules modules = ApplicationModules.of(WerkbrugApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
