package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkbrug.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employer module with only the modules it uses (identity for the first account, tenancy, platform): a company
 * registers once for the whole region.
 */
@ModuleTest
class EmployerModuleTests {

    @Autowired
    EmployerRegistrations registrations;

    @Test
    void a_company_registers_once_for_the_region() {
        EmployerRegistration registration = new EmployerRegistration("8765 4321", null, "Module Metaal B.V.",
                "Hengelosestraat", "12", "7514 AA", "Enschede", "25110", 2025, "Mila Module",
                "mila@module-metaal.example", "053 123 45 67", "mila.module", "een lang wachtwoord");

        assertThat(registrations.isRegistered("87654321")).isFalse();
        registrations.register(registration);

        assertThat(registrations.isRegistered("87 65 43 21")).isTrue();
        assertThatThrownBy(() -> registrations.register(registration))
                .isInstanceOf(KvkNumberAlreadyRegisteredException.class);
    }
}
