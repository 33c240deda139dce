package nl.werkbrug.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.werkbrug.identity.CurrentUser;

/** For users who are logged in but hold no role anywhere, e.g. a Keycloak account without Werkbrug groups. */
@Route("geen-toegang")
@PermitAll
class NoAccessView extends Main implements HasDynamicTitle {

    NoAccessView(CurrentUser currentUser) {
        addClassName("werkbrug-error");
        setId("no-access");
        String name = currentUser.get().map(user -> user.displayName()).orElse("");
        add(new H1(getTranslation("no-access.title")), new Paragraph(getTranslation("no-access.message", name)),
                new Paragraph(getTranslation("no-access.next")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.title") + " - " + getTranslation("app.name");
    }
}
