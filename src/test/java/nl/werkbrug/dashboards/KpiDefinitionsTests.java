package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

/** The KPI definitions file: every figure the portal computes is defined, with its source and basis, and nothing else. */
class KpiDefinitionsTests {

    @Test
    void every_computed_kpi_has_a_definition_with_a_source_and_a_basis_and_every_definition_is_computed() {
        List<KpiDefinition> definitions;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            definitions = KpiDefinitions.read(factory.getValidator());
        }

        assertThat(definitions).extracting(KpiDefinition::id).containsExactlyInAnyOrderElementsOf(KpiCalculator.COMPUTED);
        assertThat(definitions).allSatisfy(definition -> {
            assertThat(definition.source()).startsWith("Werkbrug, module ");
            assertThat(definition.basis()).isNotBlank();
            assertThat(definition.version()).isEqualTo(1);
        });
        assertThat(definitions).filteredOn(KpiDefinition::byInstrument).extracting(KpiDefinition::id)
                .containsExactly("aanvragen", "toekenningen", "toegekend-bedrag", "instrumentinzet");
    }

    @Test
    void the_decision_term_definition_names_the_awb_article_the_term_comes_from() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            KpiDefinition inTime = KpiDefinitions.read(factory.getValidator()).stream()
                    .filter(definition -> definition.id().equals("beslistermijn-tijdig")).findFirst().orElseThrow();
            assertThat(inTime.basis()).contains("Awb art. 4:13", "art. 4:15", "Algemene termijnenwet");
            assertThat(inTime.measure()).isEqualTo(KpiDefinition.Measure.SHARE);
        }
    }
}
