package nl.werkbrug.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.dashboards.Dashboards;
import nl.werkbrug.dashboards.KpiDefinition;

/** The definitions every figure links to: name, version, unit, formula in words, source, basis, period and owner. */
@Route("dashboard/definities")
@RolesAllowed({"COORDINATOR", "CONSULTANT", "TENANT_ADMIN"})
class KpiDefinitionsView extends Main implements HasDynamicTitle {

    KpiDefinitionsView(Dashboards dashboards) {
        addClassName("werkbrug-page");
        add(new H1(getTranslation("dashboard.definitions.heading")),
                new Paragraph(getTranslation("dashboard.definitions.intro")));
        for (KpiDefinition kpi : dashboards.definitions()) {
            Section section = new Section();
            section.setId("kpi-" + kpi.id());
            section.add(new H2(kpi.name().in(getLocale()) + " (" + getTranslation("dashboard.version", kpi.version()) + ")"),
                    line("dashboard.definition.formula", kpi.formula().in(getLocale())),
                    line("dashboard.definition.unit", kpi.unit().in(getLocale())),
                    line("dashboard.definition.period-type", getTranslation("dashboard.period-type." + kpi.periodType())),
                    line("dashboard.definition.source", kpi.source()),
                    line("dashboard.definition.basis", kpi.basis()),
                    line("dashboard.definition.owner", kpi.owner()),
                    line("dashboard.definition.id", kpi.id()));
            add(section);
        }
    }

    private Div line(String key, String text) {
        Div line = new Div();
        line.setText(getTranslation(key) + ": " + text);
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.definitions.heading") + " - " + getTranslation("app.name");
    }
}
