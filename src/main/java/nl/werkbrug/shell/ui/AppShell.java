package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Global page settings: Lumo, the portal's base stylesheet (tenant stylesheets are added per UI). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/werkbrug.css")
@Meta(name = "application-name", content = "Werkbrug")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
