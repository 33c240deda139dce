package nl.werkbrug.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import nl.werkbrug.support.BrowserlessViewTest;
import nl.werkbrug.support.TestUsers;
import nl.werkbrug.tenancy.Tenant;
import org.junit.jupiter.api.Test;

/** The coordinator's region page lists the region's municipalities; another region's address is not found. */
class RegionHomeViewTests extends BrowserlessViewTest {

    @Test
    void the_coordinator_sees_the_municipalities_of_twente_with_their_cbs_codes() {
        login(TestUsers.coordinator("coordinator.twente"));

        navigate("regio/twente", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Regio Twente");
        @SuppressWarnings("unchecked")
        Grid<Tenant> municipalities = $(Grid.class).id("municipalities");
        assertThat(municipalities.getGenericDataView().getItems().map(tenant -> tenant.shortName() + " " + tenant.cbsCode()))
                .containsExactlyInAnyOrder("Almelo GM0141", "Borne GM0147", "Dinkelland GM1774",
                        "Enschede GM0153", "Haaksbergen GM0158", "Hellendoorn GM0163", "Hengelo GM0164",
                        "Hof van Twente GM1735", "Losser GM0168", "Oldenzaal GM0173", "Rijssen-Holten GM1742",
                        "Tubbergen GM0183", "Twenterand GM1700", "Wierden GM0189");
    }

    @Test
    void another_region_s_address_is_not_found() {
        login(TestUsers.coordinator("coordinator.twente"));

        navigate("regio/utrecht", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }
}
