package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The page every figure links to: one section per KPI, at the anchor the link names, with formula, source and basis. */
class KpiDefinitionsViewTests extends BrowserlessViewTest {

    @Test
    void every_kpi_has_its_section_with_version_formula_source_and_basis() {
        login(TestUsers.coordinator("coordinator.twente"));

        navigate("dashboard/definities", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Definities van de kengetallen");
        // twelve of the first slice, two of SROI, three of the placements
        assertThat($(Section.class).all()).hasSize(17);
        assertThat($(Section.class).id("kpi-sroi-geaccepteerd").getElement().getTextRecursively())
                .contains("Geaccepteerde SROI-waarde (versie 1)", "Bron: Werkbrug, module sroi");
        Section inTime = $(Section.class).id("kpi-beslistermijn-tijdig");
        assertThat(inTime.getElement().getTextRecursively())
                .contains("Binnen de beslistermijn beslist (versie 1)", "Formule: Aandeel van de besluiten",
                        "Bron: Werkbrug, module subsidies", "Grondslag: Awb art. 4:13", "Periode: per maand");
    }
}
